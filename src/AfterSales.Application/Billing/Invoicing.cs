using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Calls;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Billing;

/// <summary>Raises invoice requests for Paid work, billed to the customer as the call register has them.</summary>
internal static class Invoicing
{
    public static InvoiceRequest? ForCall(IApplicationDbContext db, RepairCall call, InvoiceRequestKind kind, IReadOnlyList<ChargeLine> charges, DateTimeOffset at)
    {
        if (charges.Count == 0)
        {
            return null;
        }

        var request = InvoiceRequest.Raise(Guid.CreateVersion7(at), call.UnitId, kind, call.CustomerName, call.Address, charges, at, call.Id, call.CertificateId,
            notCollectedReason: kind == InvoiceRequestKind.ToCollect ? call.NotCollectedReason : null);
        db.InvoiceRequests.Add(request);
        return request;
    }

    /// <summary>R3: every part taken from stock is a line of the parts usage feed.</summary>
    public static void RecordPartsUsed(IApplicationDbContext db, Guid unitId, IEnumerable<PartUsed> parts, DateTimeOffset at, PartUsedWhere where, Guid callId, Guid? repairCardId)
    {
        foreach (var part in parts)
        {
            db.PartUsages.Add(PartUsage.Record(Guid.CreateVersion7(at), unitId, part, at, where, callId, repairCardId));
        }
    }

    /// <summary>
    /// A3: a part's corrected quantity reaches the ledger as a new line of the difference, pointing at the
    /// line first recorded for that part (same call or card, number, price and, on a card, time).
    /// </summary>
    public static async Task RecordPartCorrectedAsync(
        IApplicationDbContext db, Guid callId, Guid? repairCardId, DateTimeOffset? recordedAt, PartUsed was, decimal quantity, string reason, Guid? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var lines = await db.PartUsages.AsNoTracking()
            .Where(p => p.CallId == callId && p.RepairCardId == repairCardId && p.CorrectionOf == null && p.PartNumber == was.PartNumber)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        // The database keeps instants to the microsecond, the card's entries to the tick.
        var first = lines.First(p => (recordedAt is not { } written || (p.UsedAt - written).Duration() < TimeSpan.FromMilliseconds(1)) && p.UnitPrice == was.UnitPrice);
        db.PartUsages.Add(PartUsage.Correct(Guid.CreateVersion7(at), first, quantity - was.Quantity, reason, by, at));
    }
}
