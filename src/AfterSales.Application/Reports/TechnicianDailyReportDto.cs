using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Mapping;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Reports;
using Mapster;

namespace AfterSales.Application.Reports;

/// <summary>Where a technician's day stands: a live draft, or submitted, reviewed, returned; missing when not submitted in time.</summary>
public enum DailyReportState
{
    /// <summary>Not submitted, and not yet due.</summary>
    Draft,

    /// <summary>Not submitted by the next business day's opening.</summary>
    Missing,

    Submitted,

    Reviewed,

    Returned,
}

public sealed record DailyWorkItemDto(ServiceType Type, DailyWorkSource Source, string Reference, decimal Hours, string Description);

/// <summary>Form 006's figures: hours per type a–d (paid, contract, free, admin), the lines behind them, and the hash of the lines.</summary>
public sealed record TechnicianDayDto(decimal PaidHours, decimal ContractHours, decimal FreeHours, decimal AdminHours, decimal TotalHours, IReadOnlyList<DailyWorkItemDto> Items, string Hash)
{
    public static TechnicianDayDto From(TechnicianDay day) => new(
        day.HoursOf(ServiceType.Paid),
        day.HoursOf(ServiceType.Contract),
        day.HoursOf(ServiceType.Free),
        day.HoursOf(ServiceType.Admin),
        day.TotalHours,
        day.Items.Select(i => i.Adapt<DailyWorkItemDto>(Mappings.Config)).ToList(),
        day.Hash);
}

public sealed record DailyReportVersionDto(int Number, DateTimeOffset SubmittedAt, Guid SubmittedBy, string Hash, decimal TotalHours, string? NoHoursReason);

public sealed record DailyReportEventDto(int Version, DateTimeOffset At, Guid By, TechnicianDailyReportStatus Outcome, string? Note);

/// <summary>
/// 技術員工作日報表 (form 006). <c>day</c> is what the report says: the live day for a draft, the frozen
/// current version once submitted. <c>live</c> is the day as the records say it now, given only when it
/// differs from the frozen version (then <c>stale</c> is true).
/// </summary>
public sealed record TechnicianDailyReportDto(
    Guid TechnicianId,
    Guid UnitId,
    DateOnly Date,
    DailyReportState State,
    TechnicianDayDto Day,
    TechnicianDayDto? Live,
    bool Stale,
    IReadOnlyList<DailyReportVersionDto> Versions,
    IReadOnlyList<DailyReportEventDto> Events)
{
    public static TechnicianDailyReportDto From(Guid technicianId, Guid unitId, DateOnly date, DailyReportState state, TechnicianDay live, TechnicianDailyReport? report)
    {
        if (report is null)
        {
            return new(technicianId, unitId, date, state, TechnicianDayDto.From(live), null, false, [], []);
        }

        var stale = report.Current.Hash != live.Hash;
        return new(
            technicianId,
            unitId,
            date,
            state,
            TechnicianDayDto.From(report.Current.Contents),
            stale ? TechnicianDayDto.From(live) : null,
            stale,
            report.Versions.Select(v => new DailyReportVersionDto(v.Number, v.SubmittedAt, v.SubmittedBy, v.Hash, v.Contents.TotalHours, v.NoHoursReason)).ToList(),
            report.Events.Select(e => new DailyReportEventDto(e.Version, e.At, e.By, e.Outcome, e.Note)).ToList());
    }
}

/// <summary>A line of the unit's list of the day's reports: who, where their report stands, and its hours.</summary>
public sealed record TechnicianDailyReportSummaryDto(Guid TechnicianId, string TechnicianName, DateOnly Date, DailyReportState State, decimal? SubmittedHours, DateTimeOffset? SubmittedAt);

public sealed record AdminWorkDto(Guid Id, Guid UnitId, Guid TechnicianId, DateOnly Date, AdminWorkCategory Category, decimal Hours, string Note, Guid? RecordedBy, DateTimeOffset RecordedAt, IReadOnlyList<AfterSales.Application.Common.Corrections.CorrectionDto> Corrections, uint Version) : IHasVersion;
