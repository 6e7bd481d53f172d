using AfterSales.Application.Common.Behaviours;

namespace AfterSales.Application.Calls;

/// <summary>Settings of R19 around the deadline (section <c>Deadlines</c>).</summary>
public sealed class DeadlineSettings
{
    public const string Section = "Deadlines";

    /// <summary>Working hours allowed after an appointment's start to be on site: the appointment's deadline is its start plus these.</summary>
    public double AppointmentWorkingHours { get; set; } = 1;

    /// <summary>A waiting call is at risk when at most this much working time is left before its deadline.</summary>
    public double AtRiskWorkingHours { get; set; } = 1;

    public TimeSpan AppointmentTravel => TimeSpan.FromHours(AppointmentWorkingHours);

    public TimeSpan AtRiskWindow => TimeSpan.FromHours(AtRiskWorkingHours);
}

/// <summary>The visit a customer asks for: not before <c>notBefore</c>, within a window when <c>until</c> is given.</summary>
public sealed record AppointmentDto(DateTimeOffset NotBefore, DateTimeOffset? Until);

public sealed class AppointmentDtoValidator : AbstractValidator<AppointmentDto>
{
    public AppointmentDtoValidator()
    {
        RuleFor(a => a.NotBefore).IsServiceInstant();
        RuleFor(a => a.Until!.Value).IsServiceInstant().GreaterThan(a => a.NotBefore).OverridePropertyName("until").When(a => a.Until is not null);
    }
}
