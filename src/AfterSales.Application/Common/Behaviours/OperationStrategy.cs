using AfterSales.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// The retrying strategy a command or a query runs whole under: the context's own, the instance EF Core's
/// statements inside the operation also see (and, finding an operation under way, do not retry alone).
/// <c>Database.CreateExecutionStrategy()</c> would build a new one per request, and each new strategy seeds
/// its retry jitter's random generator from the operating system, a system call on every request for a
/// generator a request almost never draws from. The instance keeps no state across operations: it clears
/// the failures it counts when an operation starts.
/// </summary>
internal static class OperationStrategy
{
    public static IExecutionStrategy Of(IApplicationDbContext db) => db.Database.GetService<IExecutionStrategy>();
}
