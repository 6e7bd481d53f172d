using System.Collections;
using System.Collections.Concurrent;
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

    /// <summary>An answer type's <c>Version</c> (when it has one) and the properties that may hold versioned answers.</summary>
    private static readonly ConcurrentDictionary<Type, (PropertyInfo? Version, PropertyInfo[] Nested)> Shapes = new();

    /// <summary>
    /// The transaction's save, the last of the command: nothing saves after it (a retried attempt starts from a
    /// cleared tracker, and the context is not used for another command), so EF Core is not asked to make every
    /// saved entry's values its new originals for a next save, work done while the transaction holds its row
    /// locks, the unit's number row among them. The entries keep the versions the save read back, for
    /// <see cref="StampVersions"/>.
    /// </summary>
    public static Task SaveLastAsync(IApplicationDbContext db, CancellationToken cancellationToken) =>
        db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);

    /// <summary>
    /// Saves, then stamps the answer: for an answer needed before the commit (the one an Idempotency-Key keeps).
    /// The transaction's last save follows it, so this one accepts its changes.
    /// </summary>
    public static async Task SaveAsync(IApplicationDbContext db, object? answer, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        StampVersions(db, answer);
    }

    /// <summary>
    /// Gives the answer the versions the last save produced. The transaction does this after its commit: nothing
    /// in the transaction reads the stamped answer, and until the commit it holds its row locks, the unit's
    /// number row among them, which every other command of the unit waits for (docs/architecture.md, "Performance").
    /// </summary>
    public static void StampVersions(IApplicationDbContext db, object? answer)
    {
        if (answer is null)
        {
            return;
        }

        // Read from the entry, not the record: after the last save, whose changes are not accepted, the version the
        // database gave is the entry's current value and not yet written into the record (SaveLastAsync).
        var versions = db.ChangeTracker.Entries<IVersioned>()
            .Where(e => e.Entity is IAggregateRoot)
            .ToDictionary(e => ((IAggregateRoot)e.Entity).Id, e => (uint)e.Property(nameof(IVersioned.Version)).CurrentValue!);
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

        var (versionProperty, nested) = Shapes.GetOrAdd(answer.GetType(), ShapeOf);
        if (answer is IHasVersion versioned && versions.TryGetValue(versioned.Id, out var version) && versioned.Version != version)
        {
            // Answers are immutable records; their Version is init-only, and this is its initialisation.
            versionProperty!.SetValue(answer, version);
        }

        foreach (var property in nested)
        {
            switch (property.GetValue(answer))
            {
                case IHasVersion inner:
                    Stamp(inner, versions, depth + 1);
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is IHasVersion innerItem)
                        {
                            Stamp(innerItem, versions, depth + 1);
                        }
                    }

                    break;
            }
        }
    }

    private static (PropertyInfo? Version, PropertyInfo[] Nested) ShapeOf(Type type) =>
        (typeof(IHasVersion).IsAssignableFrom(type) ? type.GetProperty(nameof(IHasVersion.Version)) : null,
         type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
             .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType && p.PropertyType != typeof(string))
             .ToArray());
}
