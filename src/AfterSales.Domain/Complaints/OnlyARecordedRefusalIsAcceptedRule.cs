using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R28: the service department may accept a refusal in place of the visit, but only one the visitor recorded.</summary>
public sealed class OnlyARecordedRefusalIsAcceptedRule(ComplaintVisit? lastVisit) : IStateRule
{
    public bool IsBroken() => lastVisit is not { CustomerRefused: true };

    public string Message => "No refusal of the visit has been recorded.";
}
