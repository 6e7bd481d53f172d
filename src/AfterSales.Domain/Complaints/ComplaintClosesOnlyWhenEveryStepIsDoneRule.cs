using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R26–R28: closing needs the triage, the review (Serious), the visit, the reply and a finding; the refusal names each one missing.</summary>
public sealed class ComplaintClosesOnlyWhenEveryStepIsDoneRule(IReadOnlyList<ComplaintStep> missing) : IBusinessRule, IListsMissingSteps
{
    public bool IsBroken() => missing.Count > 0;

    public IReadOnlyList<string> MissingSteps => missing.Select(s => s.ToString()).ToList();

    public string Message => "The complaint cannot close yet; missing: " + string.Join(", ", missing) + ".";
}
