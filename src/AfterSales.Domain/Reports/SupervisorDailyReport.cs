using AfterSales.Domain.Common;
using AfterSales.Domain.Units;

namespace AfterSales.Domain.Reports;

/// <summary>
/// 服務主任工作日報表 (form 007, R16) and its chain (R17): one per unit and date. The supervisor submits
/// the day (every technician's 006 reviewed, or a reason for each missing one); a branch's report is
/// signed by the branch manager, then checked by the service department; a center's goes straight to the
/// service department. Any step may return it with a note; the corrected day is a new version. Whoever
/// signs, checks or returns is never the submitter.
/// </summary>
public sealed class SupervisorDailyReport : Entity, IBelongsToUnit, IVersioned, IAggregateRoot, IArchivable
{
    private List<SupervisorReportVersion> _versions = [];
    private List<SupervisorReportStep> _steps = [];

    private SupervisorDailyReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public UnitKind UnitKind { get; private set; }

    public DateOnly Date { get; private set; }

    public SupervisorDailyReportStatus Status { get; private set; }

    public IReadOnlyList<SupervisorReportVersion> Versions => _versions;

    public IReadOnlyList<SupervisorReportStep> Steps => _steps;

    public SupervisorReportVersion Current => _versions[^1];

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    /// <summary>R17: waiting for the branch manager's signature.</summary>
    public bool AwaitsSignOff => Status == SupervisorDailyReportStatus.Submitted && UnitKind == UnitKind.Branch;

    /// <summary>R17: waiting for the service department's check.</summary>
    public bool AwaitsCheck => Status == ExpectedForCheck;

    public static SupervisorDailyReport Submit(Guid id, Guid unitId, UnitKind kind, DateOnly date, SupervisorDay day, IReadOnlyList<string> unexplained, IReadOnlyList<MissingReportReason> reasons, Guid supervisorId, DateTimeOffset at)
    {
        var report = new SupervisorDailyReport { Id = id, UnitId = unitId, UnitKind = kind, Date = date };
        report.AddVersion(day, unexplained, reasons, supervisorId, at);
        return report;
    }

    public void Resubmit(SupervisorDay day, IReadOnlyList<string> unexplained, IReadOnlyList<MissingReportReason> reasons, Guid supervisorId, DateTimeOffset at)
    {
        CheckRule(new SupervisorReportIsOpenForSubmissionRule(Status, day.Hash != Current.Hash));
        AddVersion(day, unexplained, reasons, supervisorId, at);
    }

    /// <summary>R17: the branch manager signs the branch's submitted report (the hash of what they sign is kept).</summary>
    public void SignOff(Guid managerId, DateTimeOffset at)
    {
        CheckRule(new SupervisorReportMustAwaitStepRule(Status, SupervisorDailyReportStatus.Submitted, "the branch manager's signature"));
        CheckRule(new SignOffIsForBranchesRule(UnitKind));
        CheckRule(new SignerIsNeverTheSubmitterRule(Current.SubmittedBy, managerId));
        Step(SupervisorDailyReportStatus.SignedOff, managerId, at, null);
    }

    /// <summary>R17: the service department checks a center's submitted report or a branch's signed one.</summary>
    public void Check(Guid checkerId, DateTimeOffset at)
    {
        CheckRule(new SupervisorReportMustAwaitStepRule(Status, ExpectedForCheck, "the service department's check"));
        CheckRule(new SignerIsNeverTheSubmitterRule(Current.SubmittedBy, checkerId));
        Step(SupervisorDailyReportStatus.Checked, checkerId, at, null);
    }

    /// <summary>R17: the branch manager (at signature) or the service department (at check) returns the report with a note.</summary>
    public void Return(Guid byId, bool byServiceDepartment, DateTimeOffset at, string note)
    {
        var expected = byServiceDepartment ? ExpectedForCheck : SupervisorDailyReportStatus.Submitted;
        CheckRule(new SupervisorReportMustAwaitStepRule(Status, expected, byServiceDepartment ? "the service department's check" : "the branch manager's signature"));
        if (!byServiceDepartment)
        {
            CheckRule(new SignOffIsForBranchesRule(UnitKind));
        }

        CheckRule(new ReturnNeedsANoteRule(note));
        CheckRule(new SignerIsNeverTheSubmitterRule(Current.SubmittedBy, byId));
        Step(SupervisorDailyReportStatus.Returned, byId, at, note);
    }

    private SupervisorDailyReportStatus ExpectedForCheck =>
        UnitKind == UnitKind.Branch ? SupervisorDailyReportStatus.SignedOff : SupervisorDailyReportStatus.Submitted;

    private void Step(SupervisorDailyReportStatus outcome, Guid byId, DateTimeOffset at, string? note)
    {
        Status = outcome;
        _steps.Add(new SupervisorReportStep(Current.Number, outcome, at, byId, Current.Hash, note));
    }

    private void AddVersion(SupervisorDay day, IReadOnlyList<string> unexplained, IReadOnlyList<MissingReportReason> reasons, Guid supervisorId, DateTimeOffset at)
    {
        CheckRule(new EveryReportReviewedOrExplainedRule(unexplained));
        _versions.Add(new SupervisorReportVersion(_versions.Count + 1, at, supervisorId, day, day.Hash, reasons));
        Status = SupervisorDailyReportStatus.Submitted;
    }
}
