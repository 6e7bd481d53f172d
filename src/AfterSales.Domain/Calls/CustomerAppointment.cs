namespace AfterSales.Domain.Calls;

/// <summary>
/// R19 with a customer appointment: the customer asked for a visit not before <see cref="NotBefore"/>
/// (within a window when <see cref="Until"/> is given). <see cref="DueBy"/> is the window's start plus
/// the working time the unit allows to get there, on the calendar as it stood when agreed.
/// </summary>
public sealed record CustomerAppointment(DateTimeOffset NotBefore, DateTimeOffset? Until, DateTimeOffset DueBy, DateTimeOffset AgreedAt, Guid? AgreedBy);

/// <summary>What the dispatch deadline in force is counted from.</summary>
public enum DeadlineBasis
{
    /// <summary>R19 from the call: 6 working hours in town, 7 in the suburbs (or the unit's policy).</summary>
    ServiceLevel,

    /// <summary>R19 from the call, moved later by a declared closure (停班停課).</summary>
    Closure,

    /// <summary>The customer's appointment, later than R19 from the call.</summary>
    Appointment,
}
