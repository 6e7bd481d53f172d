using AfterSales.Domain.Evaluations;

namespace AfterSales.Application.Evaluations;

/// <summary>One rated item's answers in the month: the count at each level, the mean (4 to 1) and the share satisfied or better, over answered cards.</summary>
public sealed record RatedItemDto(RatedItem Item, int VerySatisfied, int Satisfied, int Dissatisfied, int VeryDissatisfied, int NotAnswered, decimal? MeanScore, decimal? SatisfiedShare);

/// <summary>K1 for the technician's calls received in the month: on time over counted; no rate when none counted.</summary>
public sealed record OnTimeDto(int OnTime, int Counted, decimal? Rate);

/// <summary>Hours by type a–d from the technician's reviewed form 006 reports of the month.</summary>
public sealed record MonthHoursDto(decimal Paid, decimal Contract, decimal Free, decimal Admin, decimal Total);

/// <summary>
/// R23: a technician's month for the evaluation. <c>LateAnswers</c> are answers to calls of an earlier,
/// already closed month, counted here. <c>Score</c> is the company's weighted mean of the item means, only
/// where weights are configured.
/// </summary>
public sealed record TechnicianMonthDto(
    Guid TechnicianId,
    string Name,
    IReadOnlyList<RatedItemDto> Items,
    int AnswersCounted,
    int LateAnswers,
    int CardsSent,
    int CardsReturned,
    int CallsAttended,
    OnTimeDto OnTime,
    int ServiceFaultComplaints,
    int FailedInspections,
    MonthHoursDto Hours,
    decimal? Score);

/// <summary>R23: the month of a unit's technicians (or one of them); a closed month is the figures as they stood when it closed.</summary>
public sealed record TechnicianMonthlyReportDto(Guid UnitId, string Month, bool Closed, DateTimeOffset? ClosedAt, IReadOnlyList<TechnicianMonthDto> Technicians);
