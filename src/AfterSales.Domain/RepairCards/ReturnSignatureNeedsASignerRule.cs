using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class ReturnSignatureNeedsASignerRule(Signature signature) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(signature.SignerName);

    public string Message => "The customer's signature on return needs the signer's name.";
}
