using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R26: a Serious complaint is answered by letter (函告); a General one by letter or telephone.</summary>
public sealed class SeriousComplaintIsRepliedByLetterRule(ComplaintSeverity? severity, ReplyChannel channel) : IBusinessRule
{
    public bool IsBroken() => !ComplaintPolicy.ReplyFits(severity, channel);

    public string Message => "A Serious complaint is answered by letter.";
}
