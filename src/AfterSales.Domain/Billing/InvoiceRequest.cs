using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>
/// What the accountant needs to issue an invoice: whom to bill, the unit, the lines and their total,
/// and the call, certificate or contract it comes from. The accounting system pulls these.
/// </summary>
public sealed class InvoiceRequest : Entity, IAggregateRoot, IBelongsToUnit, IVersioned
{
    private List<ChargeLine> _lines = [];

    private InvoiceRequest()
    {
        BillingName = BillingAddress = Currency = string.Empty;
        Total = null!;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public InvoiceRequestKind Kind { get; private set; }

    public string BillingName { get; private set; }

    public string BillingAddress { get; private set; }

    public string Currency { get; private set; }

    public IReadOnlyList<ChargeLine> Lines => _lines;

    public Money Total { get; private set; }

    public Guid? CallId { get; private set; }

    public Guid? CertificateId { get; private set; }

    public Guid? ContractId { get; private set; }

    public int? ContractTermNumber { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>R10: why a fee the technician could have collected on the spot is to be collected later.</summary>
    public string? NotCollectedReason { get; private set; }

    public string? InvoiceNumber { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public uint Version { get; private set; }

    public static InvoiceRequest Raise(
        Guid id,
        Guid unitId,
        InvoiceRequestKind kind,
        string billingName,
        string billingAddress,
        IReadOnlyList<ChargeLine> lines,
        DateTimeOffset raisedAt,
        Guid? callId = null,
        Guid? certificateId = null,
        Guid? contractId = null,
        int? contractTermNumber = null,
        string? notCollectedReason = null)
    {
        CheckRule(new InvoiceRequestNeedsALineRule(lines));
        var currency = lines[0].UnitPrice.Currency;
        return new InvoiceRequest
        {
            Id = id,
            UnitId = unitId,
            Kind = kind,
            BillingName = billingName,
            BillingAddress = billingAddress,
            Currency = currency,
            _lines = lines.ToList(),
            Total = FeePolicy.Total(lines, currency),
            CallId = callId,
            CertificateId = certificateId,
            ContractId = contractId,
            ContractTermNumber = contractTermNumber,
            RaisedAt = raisedAt,
            NotCollectedReason = notCollectedReason,
        };
    }

    /// <summary>
    /// Records the invoice issued for this request. Saying it again with the same number is harmless
    /// (the accounting system delivers at least once); another number for an issued request is a conflict.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool Issue(string invoiceNumber, DateTimeOffset at)
    {
        if (InvoiceNumber == invoiceNumber)
        {
            return false;
        }

        CheckRule(new InvoiceIsIssuedOnceRule(InvoiceNumber, invoiceNumber));
        InvoiceNumber = invoiceNumber;
        IssuedAt = at;
        return true;
    }
}
