using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>
/// A2: how long a type of record is kept, in months counted from its closing date. A record is past
/// retention the day after its last month ends. Receipts, cards and movement lines follow their call's.
/// A type no admin has set is kept <see cref="DefaultMonths"/>.
/// </summary>
public sealed class RetentionPeriod : Entity, IVersioned, IAggregateRoot
{
    private RetentionPeriod()
    {
    }

    public ArchivedRecordType Type { get; private set; }

    /// <summary>The setting's id for its audit lines: one a type, fixed.</summary>
    public Guid Id => new($"00000000-0000-0000-00a2-{(int)Type + 1:D12}");

    public int Months { get; private set; }

    public Guid? SetBy { get; private set; }

    public DateTimeOffset? SetAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Five years, until an admin sets otherwise (docs/domain-choices.md, A2).</summary>
    public const int DefaultMonths = 60;

    /// <summary>The types that have a retention of their own.</summary>
    public static IReadOnlyList<ArchivedRecordType> Kept { get; } =
    [
        ArchivedRecordType.Call, ArchivedRecordType.TechnicianDailyReport, ArchivedRecordType.SupervisorDailyReport,
        ArchivedRecordType.SurveyCard, ArchivedRecordType.Complaint, ArchivedRecordType.ContractExpiryNotice,
    ];

    /// <summary>The type as kept when no admin has set it.</summary>
    public static RetentionPeriod Default(ArchivedRecordType type) => new() { Type = type, Months = DefaultMonths };

    public static RetentionPeriod SetFirst(ArchivedRecordType type, int months, Guid? by, DateTimeOffset at)
    {
        var retention = new RetentionPeriod { Type = type };
        retention.Set(months, by, at);
        return retention;
    }

    /// <summary>The last closing date still kept on <paramref name="today"/>: records closed before it are past retention.</summary>
    public DateOnly KeptFrom(DateOnly today) => today.AddMonths(-Months);

    public void Set(int months, Guid? by, DateTimeOffset at)
    {
        Months = months;
        SetBy = by;
        SetAt = at;
    }
}
