using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts;

/// <summary>R6 b: contract work is billed under the contract: each new term raises one request for its fee.</summary>
internal static class ContractInvoicing
{
    public static async Task RaiseForTermAsync(IApplicationDbContext db, MaintenanceContract contract, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var term = contract.CurrentTerm;
        if (term.Fee.Amount == 0)
        {
            return;
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var line = new ChargeLine(ChargeKind.ContractFee, $"Maintenance contract {contract.Number}, term {term.TermNumber} ({term.StartsOn:yyyy-MM-dd} to {term.EndsOn:yyyy-MM-dd})", 1, term.Fee);
        var request = InvoiceRequest.Raise(
            Guid.CreateVersion7(at), contract.UnitId, InvoiceRequestKind.ContractFee, customer.Name, customer.Address, [line], at,
            contractId: contract.Id, contractTermNumber: term.TermNumber);
        db.InvoiceRequests.Add(request);
    }
}
