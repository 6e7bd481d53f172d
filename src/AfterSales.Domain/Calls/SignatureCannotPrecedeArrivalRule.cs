using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class SignatureCannotPrecedeArrivalRule(DateTimeOffset? arrivedAt, Signature signature) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(signature.SignerName) || (arrivedAt is { } arrived && signature.SignedAt < arrived);

    public string Message => "The customer signs after the technician arrives, with the signer's name.";
}
