using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Complaints;

namespace AfterSales.Application.Complaints;

public sealed record ComplaintReviewDto(ReviewDecision Decision, string? Instructions, Guid ReviewedBy, DateTimeOffset ReviewedAt);

public sealed record ComplaintDeadlineDto(ComplaintStep Step, DateTimeOffset DueAt);

public sealed record ComplaintVisitDto(Guid VisitedBy, DateTimeOffset VisitedAt, string Notes, bool CustomerRefused, DateTimeOffset RecordedAt)
{
    public static ComplaintVisitDto From(ComplaintVisit v) => new(v.VisitedBy, v.VisitedAt, v.Notes, v.CustomerRefused, v.RecordedAt);
}

public sealed record ComplaintReplyDto(ReplyChannel Channel, string Content, Guid RepliedBy, DateTimeOffset RepliedAt, DateTimeOffset RecordedAt)
{
    public static ComplaintReplyDto From(ComplaintReply r) => new(r.Channel, r.Content, r.RepliedBy, r.RepliedAt, r.RecordedAt);
}

/// <summary>R28: whether the service was at fault, what was done, who closed it and when.</summary>
public sealed record ComplaintFindingDto(bool ServiceFault, string Actions, Guid ClosedBy, DateTimeOffset ClosedAt)
{
    public static ComplaintFindingDto From(ComplaintFinding f) => new(f.ServiceFault, f.Actions, f.ClosedBy, f.ClosedAt);
}

public sealed record ComplaintChaseDto(ComplaintStep Step, bool StepWasOverdue, string Note, Guid ChasedBy, DateTimeOffset ChasedAt)
{
    public static ComplaintChaseDto From(ComplaintChase c) => new(c.Step, c.StepWasOverdue, c.Note, c.ChasedBy, c.ChasedAt);
}

public sealed record ComplaintReopeningDto(string Reason, Guid ReopenedBy, DateTimeOffset ReopenedAt, ComplaintFindingDto PreviousFinding)
{
    public static ComplaintReopeningDto From(ComplaintReopening r) => new(r.Reason, r.ReopenedBy, r.ReopenedAt, ComplaintFindingDto.From(r.PreviousFinding));
}

/// <summary>
/// 客戶抱怨 (R26–R28) as of reading (the domain's records are copied into answer types, so the contract
/// does not move when the domain does): its steps so far, the steps that remain before it may close, the
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
    IReadOnlyList<ComplaintVisitDto> Visits,
    DateTimeOffset? VisitSettledAt,
    Guid? RefusalAcceptedBy,
    IReadOnlyList<ComplaintReplyDto> Replies,
    ComplaintFindingDto? Finding,
    IReadOnlyList<ComplaintChaseDto> Chases,
    IReadOnlyList<ComplaintReopeningDto> Reopenings,
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
            c.Visits.Select(ComplaintVisitDto.From).ToList(),
            c.VisitSettledAt,
            c.RefusalAcceptedBy,
            c.Replies.Select(ComplaintReplyDto.From).ToList(),
            c.Finding is null ? null : ComplaintFindingDto.From(c.Finding),
            c.Chases.Select(ComplaintChaseDto.From).ToList(),
            c.Reopenings.Select(ComplaintReopeningDto.From).ToList(),
            ComplaintPolicy.RemainingSteps(c),
            ComplaintPolicy.NextDeadline(c) is { } next ? new ComplaintDeadlineDto(next.Step, next.DueAt) : null,
            overdueSteps.Count > 0,
            overdueSteps,
            c.Version);
    }
}
