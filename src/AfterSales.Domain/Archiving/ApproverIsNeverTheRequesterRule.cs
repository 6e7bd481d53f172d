using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>A2: a destruction is approved by a different person from the one who proposed it, whatever roles they hold.</summary>
public sealed class ApproverIsNeverTheRequesterRule(Guid requester, Guid approver) : IBusinessRule
{
    public bool IsBroken() => requester == approver;

    public string Message => "The person who proposed the destruction cannot approve it; another person must.";
}
