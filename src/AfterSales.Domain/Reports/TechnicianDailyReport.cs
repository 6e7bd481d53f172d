using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>
/// 技術員工作日報表 (form 006, R15): one per technician per local working date. Before submission
/// the day is a draft computed live from its records; submitting freezes the contents and their hash
/// as a version; the supervisor reviews it (核閱存查) or returns it with a note, and a returned report
/// is corrected and submitted again as a new version. Old versions stay.
/// </summary>
public sealed class TechnicianDailyReport : Entity, IBelongsToUnit, IVersioned, IAggregateRoot, IArchivable
{
    private List<DailyReportVersion> _versions = [];
    private List<DailyReportEvent> _events = [];

    private TechnicianDailyReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateOnly Date { get; private set; }

    public TechnicianDailyReportStatus Status { get; private set; }

    public IReadOnlyList<DailyReportVersion> Versions => _versions;

    public IReadOnlyList<DailyReportEvent> Events => _events;

    public DailyReportVersion Current => _versions[^1];

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The technician confirms the day for the first time.</summary>
    public static TechnicianDailyReport Submit(Guid id, Guid unitId, Guid technicianId, DateOnly date, TechnicianDay day, string? noHoursReason, DateTimeOffset at)
    {
        var report = new TechnicianDailyReport { Id = id, UnitId = unitId, TechnicianId = technicianId, Date = date };
        report.AddVersion(day, noHoursReason, at);
        return report;
    }

    /// <summary>The technician submits the corrected day again, as a new version.</summary>
    public void Resubmit(TechnicianDay day, string? noHoursReason, DateTimeOffset at)
    {
        CheckRule(new ReportIsOpenForSubmissionRule(Status));
        AddVersion(day, noHoursReason, at);
    }

    /// <summary>核閱存查: the unit's supervisor reviews and files the report.</summary>
    public void Review(Guid supervisorId, DateTimeOffset at)
    {
        CheckRule(new ReportMustAwaitReviewRule(Status));
        Status = TechnicianDailyReportStatus.Reviewed;
        _events.Add(new DailyReportEvent(Current.Number, at, supervisorId, Status, null));
    }

    /// <summary>The supervisor sends the report back with a note; the day opens again for corrections.</summary>
    public void Return(Guid supervisorId, DateTimeOffset at, string note)
    {
        CheckRule(new ReportMustAwaitReviewRule(Status));
        CheckRule(new ReturnNeedsANoteRule(note));
        Status = TechnicianDailyReportStatus.Returned;
        _events.Add(new DailyReportEvent(Current.Number, at, supervisorId, Status, note));
    }

    private void AddVersion(TechnicianDay day, string? noHoursReason, DateTimeOffset at)
    {
        CheckRule(new DayWithoutHoursNeedsAReasonRule(day.TotalHours, noHoursReason));
        CheckRule(new DayHoursCannotExceed24Rule(Date, 0, day.TotalHours));
        _versions.Add(new DailyReportVersion(_versions.Count + 1, at, TechnicianId, day, day.Hash, day.TotalHours == 0 ? noHoursReason!.Trim() : null));
        Status = TechnicianDailyReportStatus.Submitted;
    }
}
