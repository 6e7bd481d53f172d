using AfterSales.Domain.Reports;

namespace AfterSales.Application.Reports;

/// <summary>Where a unit's report (form 007) stands: a live draft, or a step of its chain.</summary>
public enum SupervisorReportState
{
    Draft,
    Submitted,
    SignedOff,
    Checked,
    Returned,
}

/// <summary>The inboxes of the R17 chain.</summary>
public enum SupervisorReportInbox
{
    /// <summary>Branch reports waiting for their manager's signature.</summary>
    AwaitingSignOff,

    /// <summary>Reports waiting for the service department's check.</summary>
    AwaitingCheck,
}

public sealed record TechnicianHoursDto(Guid TechnicianId, string Name, decimal Paid, decimal Contract, decimal Free, decimal Admin, decimal Total);

public sealed record RegisterFiguresDto(int Received, int Dispatched, int CarriedOver, int ArrivedOnTime, int ArrivedLate, int FinishedOnSite, int TakenToWorkshop, int Closed, int Cancelled, int CardsOpen, int CardsLate);

/// <summary>Form 007's figures: hours by type per technician (from reviewed 006 reports) and in total, the register's day, and their hash.</summary>
public sealed record SupervisorDayDto(IReadOnlyList<TechnicianHoursDto> Technicians, decimal Paid, decimal Contract, decimal Free, decimal Admin, decimal TotalHours, RegisterFiguresDto Register, string Hash)
{
    public static SupervisorDayDto From(SupervisorDay day) => new(
        day.Technicians.Select(t => new TechnicianHoursDto(t.TechnicianId, t.Name, t.Paid, t.Contract, t.Free, t.Admin, t.Total)).ToList(),
        day.Technicians.Sum(t => t.Paid),
        day.Technicians.Sum(t => t.Contract),
        day.Technicians.Sum(t => t.Free),
        day.Technicians.Sum(t => t.Admin),
        day.TotalHours,
        new RegisterFiguresDto(day.Register.Received, day.Register.Dispatched, day.Register.CarriedOver, day.Register.ArrivedOnTime, day.Register.ArrivedLate,
            day.Register.FinishedOnSite, day.Register.TakenToWorkshop, day.Register.Closed, day.Register.Cancelled, day.Register.CardsOpen, day.Register.CardsLate),
        day.Hash);
}

/// <summary>A technician expected in the unit's report, and where their form 006 of the day stands.</summary>
public sealed record ExpectedReportDto(Guid TechnicianId, string Name, TechnicianDailyReportStatus? ReportStatus, string? MissingReason);

public sealed record SupervisorReportVersionDto(int Number, DateTimeOffset SubmittedAt, Guid SubmittedBy, string Hash, IReadOnlyList<MissingReportReason> MissingReasons);

public sealed record SupervisorReportStepDto(int Version, SupervisorDailyReportStatus Outcome, DateTimeOffset At, Guid By, string Hash, string? Note);

/// <summary>
/// 服務主任工作日報表 (form 007, R16) with its chain (R17). <c>day</c> is the live draft before submission,
/// then the frozen current version; <c>live</c> and <c>stale</c> say the day's records changed since.
/// </summary>
public sealed record SupervisorDailyReportDto(
    Guid UnitId,
    DateOnly Date,
    SupervisorReportState State,
    SupervisorDayDto Day,
    SupervisorDayDto? Live,
    bool Stale,
    IReadOnlyList<ExpectedReportDto> Expected,
    IReadOnlyList<SupervisorReportVersionDto> Versions,
    IReadOnlyList<SupervisorReportStepDto> Steps)
{
    internal static SupervisorDailyReportDto From(Guid unitId, DateOnly date, SupervisorDay live, IReadOnlyList<SupervisorDays.Technician> technicians, SupervisorDailyReport? report)
    {
        var reasons = report?.Current.MissingReasons.ToDictionary(r => r.TechnicianId, r => r.Reason) ?? [];
        var expected = technicians.Select(t => new ExpectedReportDto(t.Id, t.Name, t.ReportStatus, reasons.GetValueOrDefault(t.Id))).ToList();
        if (report is null)
        {
            return new(unitId, date, SupervisorReportState.Draft, SupervisorDayDto.From(live), null, false, expected, [], []);
        }

        var stale = report.Current.Hash != live.Hash;
        return new(
            unitId,
            date,
            Enum.Parse<SupervisorReportState>(report.Status.ToString()),
            SupervisorDayDto.From(report.Current.Contents),
            stale ? SupervisorDayDto.From(live) : null,
            stale,
            expected,
            report.Versions.Select(v => new SupervisorReportVersionDto(v.Number, v.SubmittedAt, v.SubmittedBy, v.Hash, v.MissingReasons)).ToList(),
            report.Steps.Select(s => new SupervisorReportStepDto(s.Version, s.Outcome, s.At, s.By, s.Hash, s.Note)).ToList());
    }
}

/// <summary>A line of an R17 inbox.</summary>
public sealed record SupervisorReportSummaryDto(Guid UnitId, DateOnly Date, SupervisorDailyReportStatus Status, DateTimeOffset SubmittedAt, Guid SubmittedBy, decimal TotalHours, string Hash);
