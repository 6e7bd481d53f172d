using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>
/// R6 d: a technician's internal work of a day (一般行政工作), recorded by the technician or their
/// supervisor. It counts as type d in the day's report (form 006).
/// </summary>
public sealed class AdminWork : Entity, IBelongsToUnit, IAggregateRoot
{
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
}
