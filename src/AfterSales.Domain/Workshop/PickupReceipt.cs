using AfterSales.Domain.Common;

namespace AfterSales.Domain.Workshop;

/// <summary>
/// 客戶商品領取收據 (form 003): given to the customer when the product is taken away for repair;
/// taken back and voided when the product is returned.
/// </summary>
public sealed class PickupReceipt : Entity, IAggregateRoot, IBelongsToUnit, IVersioned
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

public sealed class ReceiptCanBeVoidedOnceRule(DateTimeOffset? voidedAt) : IStateRule
{
    public bool IsBroken() => voidedAt is not null;

    public string Message => $"The pickup receipt was already taken back and voided at {voidedAt:O}.";
}

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

public enum MovementDirection
{
    /// <summary>The customer's product came into the unit's custody.</summary>
    In,

    /// <summary>The product went back to the customer.</summary>
    Out,
}

/// <summary>
/// 客戶商品進出登記簿 (form 004): one line when a customer's product comes in, one when it goes
/// back. The line keeps its local date so a day's page is read by index.
/// </summary>
public sealed class ProductMovement : Entity, IBelongsToUnit
{
    private ProductMovement()
    {
        ReceiptNumber = CustomerName = ProductModel = SerialNumber = string.Empty;
    }

    public Guid Id { get; private set; }

    public long Sequence { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly LocalDate { get; private set; }

    /// <summary>When the product came in or went out, as told.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>When the line was written.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public MovementDirection Direction { get; private set; }

    public Guid CallId { get; private set; }

    public Guid CertificateId { get; private set; }

    public string ReceiptNumber { get; private set; }

    public string CustomerName { get; private set; }

    public string ProductModel { get; private set; }

    public string SerialNumber { get; private set; }

    public static ProductMovement Register(Guid id, PickupReceipt receipt, MovementDirection direction, DateTimeOffset at, DateTimeOffset recordedAt, DateOnly localDate, Guid? actorId)
    {
        var movement = new ProductMovement
        {
            Id = id,
            UnitId = receipt.UnitId,
            LocalDate = localDate,
            At = at,
            RecordedAt = recordedAt,
            Direction = direction,
            CallId = receipt.CallId,
            CertificateId = receipt.CertificateId,
            ReceiptNumber = receipt.Number,
            CustomerName = receipt.CustomerName,
            ProductModel = receipt.ProductModel,
            SerialNumber = receipt.SerialNumber,
        };
        var kind = direction == MovementDirection.In ? ServiceEventKind.ProductIn : ServiceEventKind.ProductOut;
        movement.RecordHistory(new ServiceHistoryLine(receipt.CertificateId, receipt.CallId, at, kind, actorId, receipt.Number));
        return movement;
    }
}
