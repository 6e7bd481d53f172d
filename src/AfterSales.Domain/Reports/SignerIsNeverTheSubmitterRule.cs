using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R17: the person who signs or checks a report is never the one who submitted it, whatever roles they hold.</summary>
public sealed class SignerIsNeverTheSubmitterRule(Guid submitter, Guid signer) : IBusinessRule
{
    public bool IsBroken() => submitter == signer;

    public string Message => "The report's submitter cannot sign, check or return it; another person must.";
}
