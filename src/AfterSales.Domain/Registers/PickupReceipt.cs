using AfterSales.Domain.Common;
using AfterSales.Domain.RepairCards;

namespace AfterSales.Domain.Registers;

/// <summary>
/// 客戶商品領取收據 (form 003): given to the customer when the product is taken away for repair;
/// taken back and voided when the product is returned.
/// </summary>
public sealed class PickupReceipt : Entity, IAggregateRoot, IBelongsToUnit, IVersioned, IArchivable
{
    private PickupReceipt()
    {
        Number = CustomerName = ProductModel = SerialNumber = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string Number { get; private set; }

    public Guid CallId { get; private set; }

    public Guid CertificateId { get; private set; }

    public string CustomerName { get; private set; }

    public string ProductModel { get; private set; }

    public string SerialNumber { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When the technician promised the repair would be done, as written on the receipt; the repair card starts with it.</summary>
    public DateTimeOffset PromisedAt { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    /// <summary>R12: why the receipt was voided without being presented (the customer lost it).</summary>
    public string? LostReason { get; private set; }

    public bool IsVoid => VoidedAt is not null;

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    public static PickupReceipt Issue(Guid id, Guid unitId, string number, Guid callId, Guid certificateId, string customerName, string model, string serial, DateTimeOffset at, DateTimeOffset promisedAt, Guid? technicianId)
    {
        CheckRule(new PromisedCompletionMustBeAfterOpeningRule(at, promisedAt));
        var receipt = new PickupReceipt
        {
            Id = id,
            UnitId = unitId,
            Number = number,
            CallId = callId,
            CertificateId = certificateId,
            CustomerName = customerName,
            ProductModel = model,
            SerialNumber = serial,
            IssuedAt = at,
            PromisedAt = promisedAt,
        };
        receipt.RecordHistory(new ServiceHistoryLine(certificateId, callId, at, ServiceEventKind.PickupReceiptIssued, technicianId, number));
        return receipt;
    }

    /// <summary>
    /// R12: the receipt comes back with the product's return and can never be used again. The customer
    /// presents it (its number must match), or declares it lost, with a reason kept on the receipt.
    /// </summary>
    public void TakeBackAndVoid(DateTimeOffset at, string? presentedNumber, string? lostReason, Guid? actorId)
    {
        CheckRule(new ReceiptCanBeVoidedOnceRule(VoidedAt));
        CheckRule(new ReceiptMustBePresentedOrDeclaredLostRule(Number, presentedNumber, lostReason));
        VoidedAt = at;
        LostReason = presentedNumber is null ? lostReason!.Trim() : null;
        RecordHistory(new ServiceHistoryLine(CertificateId, CallId, at, ServiceEventKind.PickupReceiptVoided, actorId,
            LostReason is null ? Number : $"{Number}, declared lost: {LostReason}"));
    }
}
