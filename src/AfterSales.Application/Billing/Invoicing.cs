using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Calls;

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
}
