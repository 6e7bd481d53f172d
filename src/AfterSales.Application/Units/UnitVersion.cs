using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Units;

namespace AfterSales.Application.Units;

internal static class UnitVersion
{
    /// <summary>
    /// Honours If-Match: a stale version is refused now, and the save is made conditional on it so a
    /// change that lands between this read and the write is refused too.
    /// </summary>
    public static void Check(IApplicationDbContext db, ServiceUnit unit, uint? expected)
    {
        if (expected is null)
        {
            return;
        }

        if (unit.Version != expected)
        {
            throw new PreconditionFailedException($"The unit has changed since version {expected}; it is now at version {unit.Version}.");
        }

        db.ExpectVersion(unit, expected.Value);
    }
}
