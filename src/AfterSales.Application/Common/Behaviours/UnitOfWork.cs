using System.Collections;
using System.Reflection;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Common;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// The save of a command, done by the pipeline and never by a handler. PostgreSQL gives a changed row
/// its new version (xmin) only when the row is written, so the answer a handler built from its
/// aggregates is stamped with the versions the save produced: the ETag a client gets is the version
/// now stored, ready for its next If-Match.
/// </summary>
public static class UnitOfWork
{
    private const int MaxDepth = 4;

    public static async Task SaveAsync(IApplicationDbContext db, object? answer, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (answer is null)
        {
            return;
        }

        var versions = db.ChangeTracker.Entries<IVersioned>()
            .Where(e => e.Entity is IAggregateRoot)
            .ToDictionary(e => ((IAggregateRoot)e.Entity).Id, e => e.Entity.Version);
        if (versions.Count > 0)
        {
            Stamp(answer, versions, 0);
        }
    }

    private static void Stamp(object answer, Dictionary<Guid, uint> versions, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (answer is IHasVersion versioned && versions.TryGetValue(versioned.Id, out var version) && versioned.Version != version)
        {
            // Answers are immutable records; their Version is init-only, and this is its initialisation.
            answer.GetType().GetProperty(nameof(IHasVersion.Version))!.SetValue(answer, version);
        }

        foreach (var property in answer.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsValueType || property.PropertyType == typeof(string))
            {
                continue;
            }

            switch (property.GetValue(answer))
            {
                case IHasVersion nested:
                    Stamp(nested, versions, depth + 1);
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is IHasVersion nestedItem)
                        {
                            Stamp(nestedItem, versions, depth + 1);
                        }
                    }

                    break;
            }
        }
    }
}
