using AfterSales.Domain.Common;

namespace AfterSales.Domain.Registers;

/// <summary>R12: the receipt voided on return is the one the customer holds, or one they declare lost (with a reason).</summary>
public sealed class ReceiptMustBePresentedOrDeclaredLostRule(string number, string? presented, string? lostReason) : IBusinessRule
{
    public bool IsBroken() => presented is null
        ? string.IsNullOrWhiteSpace(lostReason)
        : !string.Equals(presented.Trim(), number, StringComparison.OrdinalIgnoreCase);

    public string Message => presented is null
        ? "Present the pickup receipt (receiptNumber), or declare it lost with a reason (lostReceiptReason)."
        : $"The receipt presented ({presented}) is not this product's receipt.";
}
