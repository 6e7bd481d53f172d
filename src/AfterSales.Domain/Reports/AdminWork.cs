using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>
/// R6 d: a technician's internal work of a day (一般行政工作), recorded by the technician or their
/// supervisor. It counts as type d in the day's report (form 006).
/// </summary>
public sealed class AdminWork : Entity, IBelongsToUnit, IAggregateRoot, IVersioned
{
    private List<Correction> _corrections = [];

    private AdminWork()
    {
        Note = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid TechnicianId { get; private set; }

    /// <summary>The local working date the work was done on.</summary>
    public DateOnly Date { get; private set; }

    public AdminWorkCategory Category { get; private set; }

    public decimal Hours { get; private set; }

    public string Note { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A3: corrections of the hours and category, oldest first; the values above are the corrected ones.</summary>
    public IReadOnlyList<Correction> Corrections => _corrections;

    public uint Version { get; private set; }

    /// <summary>
    /// Records the work unless it would make the day's hours from every source exceed 24, or the day's
    /// report is already submitted (a returned report is open again).
    /// </summary>
    public static AdminWork Record(Guid id, Guid unitId, Guid technicianId, DateOnly date, AdminWorkCategory category, decimal hours, string note, decimal hoursAlreadyThatDay, TechnicianDailyReportStatus? reportStatus, Guid? recordedBy, DateTimeOffset at)
    {
        CheckRule(new DayIsOpenForWorkRule(date, reportStatus));
        CheckRule(new DayHoursCannotExceed24Rule(date, hoursAlreadyThatDay, hours));
        return new AdminWork
        {
            Id = id,
            UnitId = unitId,
            TechnicianId = technicianId,
            Date = date,
            Category = category,
            Hours = hours,
            Note = note,
            RecordedBy = recordedBy,
            RecordedAt = at,
        };
    }

    /// <summary>
    /// A3: a mistaken entry corrected, with a reason, also after the day's report was submitted: the
    /// report then reads as changed since (stale) until it is submitted again. The day still never exceeds 24 hours.
    /// </summary>
    public void Correct(decimal hours, AdminWorkCategory category, string reason, decimal otherHoursThatDay, Guid? correctedBy, DateTimeOffset at)
    {
        CheckRule(new CorrectionMustChangeSomethingRule(hours != Hours || category != Category));
        CheckRule(new DayHoursCannotExceed24Rule(Date, otherHoursThatDay, hours));
        if (hours != Hours)
        {
            _corrections.Add(new Correction("hours", Hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), reason, correctedBy, at));
            Hours = hours;
        }

        if (category != Category)
        {
            _corrections.Add(new Correction("category", Category.ToString(), category.ToString(), reason, correctedBy, at));
            Category = category;
        }
    }
}
