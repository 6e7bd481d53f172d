namespace AfterSales.Domain.Complaints;

/// <summary>The answer given to the customer: by letter or telephone, what was said, by whom, when.</summary>
public sealed record ComplaintReply(ReplyChannel Channel, string Content, Guid RepliedBy, DateTimeOffset RepliedAt, DateTimeOffset RecordedAt);
