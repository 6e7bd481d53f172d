using AfterSales.Domain.Common;

namespace AfterSales.Domain.Registers;

/// <summary>
/// R24: a unit's call register of one day (form 002), sent the next day to the service department,
/// which makes a survey card for every call on it. Sent once per unit and day; the lines are frozen as
/// they were when sent.
/// </summary>
public sealed class SentCallRegister : Entity, IBelongsToUnit, IAggregateRoot
{
    private List<SentCall> _calls = [];

    private SentCallRegister()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly Date { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public Guid? SentBy { get; private set; }

    public IReadOnlyList<SentCall> Calls => _calls;

    /// <summary>Only a day that is over can be sent: its register is complete.</summary>
    public static SentCallRegister Send(Guid id, Guid unitId, DateOnly date, DateOnly today, IEnumerable<SentCall> calls, Guid? clerkId, DateTimeOffset at)
    {
        CheckRule(new OnlyAClosedDayIsSentRule(date, today));
        return new SentCallRegister { Id = id, UnitId = unitId, Date = date, SentAt = at, SentBy = clerkId, _calls = calls.ToList() };
    }
}
