using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Complaints;

namespace AfterSales.Application.Complaints;

public sealed record ComplaintReviewDto(ReviewDecision Decision, string? Instructions, Guid ReviewedBy, DateTimeOffset ReviewedAt);

public sealed record ComplaintDeadlineDto(ComplaintStep Step, DateTimeOffset DueAt);

/// <summary>
/// 客戶抱怨 (R26–R28) as of reading: its steps so far, the steps that remain before it may close, the
/// next deadline and the steps past theirs (R27, derived from the clock).
/// </summary>
public sealed record ComplaintDto(
    Guid Id,
    string Number,
    Guid UnitId,
    ComplaintSource Source,
    Guid CustomerId,
    string CustomerName,
    Guid? CallId,
    Guid? TechnicianId,
    Guid? SurveyCardId,
    string Words,
    DateTimeOffset ReceivedAt,
    Guid? ReceivedBy,
    ComplaintStatus Status,
    ComplaintSeverity? Severity,
    DateTimeOffset? TriagedAt,
    Guid? TriagedBy,
    ComplaintReviewDto? Review,
    Guid? DesigneeId,
    IReadOnlyList<ComplaintVisit> Visits,
    DateTimeOffset? VisitSettledAt,
    Guid? RefusalAcceptedBy,
    IReadOnlyList<ComplaintReply> Replies,
    ComplaintFinding? Finding,
    IReadOnlyList<ComplaintChase> Chases,
    IReadOnlyList<ComplaintReopening> Reopenings,
    IReadOnlyList<ComplaintStep> RemainingSteps,
    ComplaintDeadlineDto? NextDeadline,
    bool Overdue,
    IReadOnlyList<ComplaintStep> OverdueSteps,
    uint Version) : IHasVersion
{
    public static ComplaintDto From(Complaint c, DateTimeOffset now)
    {
        var overdueSteps = ComplaintPolicy.OverdueSteps(c, now);
        return new(
            c.Id,
            c.Number,
            c.UnitId,
            c.Source,
            c.CustomerId,
            c.CustomerName,
            c.CallId,
            c.TechnicianId,
            c.SurveyCardId,
            c.Words,
            c.ReceivedAt,
            c.ReceivedBy,
            c.Status,
            c.Severity,
            c.TriagedAt,
            c.TriagedBy,
            c is { ReviewDecision: { } decision, ReviewedBy: { } by, ReviewedAt: { } at } ? new ComplaintReviewDto(decision, c.ReviewInstructions, by, at) : null,
            c.DesigneeId,
            c.Visits,
            c.VisitSettledAt,
            c.RefusalAcceptedBy,
            c.Replies,
            c.Finding,
            c.Chases,
            c.Reopenings,
            ComplaintPolicy.RemainingSteps(c),
            ComplaintPolicy.NextDeadline(c) is { } next ? new ComplaintDeadlineDto(next.Step, next.DueAt) : null,
            overdueSteps.Count > 0,
            overdueSteps,
            c.Version);
    }
}
