using AfterSales.Domain.Common;

namespace AfterSales.Domain.Registers;

/// <summary>
/// 客戶商品進出登記簿 (form 004): one line when a customer's product comes in, one when it goes
/// back. The line keeps its local date so a day's page is read by index.
/// </summary>
public sealed class ProductMovement : Entity, IBelongsToUnit, IArchivable
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

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

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
