using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// The last save of a command that only adds rows (registering a call adds the call, its history line, its event and
/// its audit line) sent as one batch of INSERTs, each statement built once per entity type from EF Core's own model: the
/// same table and columns, the same value converters and parameter types (the model's type mappings make the
/// parameters), and the identity numbers and row versions read back into the entries, where EF Core would put them.
/// EF Core's save builds the same statements anew for every save, and on the most frequent command that work was
/// the largest part of its CPU, done while the unit's number row is locked (docs/architecture.md, "Performance").
/// Every other save is EF Core's: one that changes or deletes a tracked row, adds an owned value kept in another table,
/// or a type with generated values other than an identity or the row version; and any save that is not its command's
/// last, whose entries must then be accepted (<see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>).
/// <c>AddedRowsBatchTests</c> hold the two writers to the same rows.
/// </summary>
internal static class AddedRowsBatch
{
    /// <summary>A save larger than a command's few rows (an import, say) is left to EF Core's batching.</summary>
    private const int MaxRows = 32;

    private static readonly ConcurrentDictionary<IEntityType, InsertStatement?> Statements = new();

    /// <summary>
    /// The rows this save adds, in an order their foreign keys allow; null when the save is anything else, or has
    /// nothing to add.
    /// </summary>
    public static List<(EntityEntry Row, InsertStatement Statement)>? Collect(ChangeTracker tracker)
    {
        var rows = new List<(EntityEntry Row, InsertStatement Statement)>();
        var ownedValues = 0;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State == EntityState.Unchanged)
            {
                continue;
            }

            if (entry.State != EntityState.Added || rows.Count == MaxRows)
            {
                return null;
            }

            if (entry.Metadata.IsOwned())
            {
                // Written with its owner's row, when its owner is added in this save and it lives in the owner's table.
                if (entry.Metadata.FindOwnership() is not { } ownership || ownership.PrincipalEntityType.IsOwned()
                    || ownership.PrincipalToDependent?.IsCollection != false
                    || entry.Metadata.GetTableName() != ownership.PrincipalEntityType.GetTableName())
                {
                    return null;
                }

                ownedValues++;
                continue;
            }

            if (Statements.GetOrAdd(entry.Metadata, InsertStatement.For) is not { } statement)
            {
                return null;
            }

            rows.Add((entry, statement));
        }

        // Every owned value added must belong to an owner added here: one added to a row already stored is an UPDATE of that row.
        if (rows.Count == 0 || rows.Sum(r => r.Statement.OwnedValuesOf(r.Row)) != ownedValues)
        {
            return null;
        }

        return InForeignKeyOrder(rows);
    }

    /// <summary>Sends the rows as one batch on the command's connection and in its transaction.</summary>
    public static async Task<int> InsertAsync(DatabaseFacade database, List<(EntityEntry Row, InsertStatement Statement)> rows, CancellationToken cancellationToken)
    {
        var transaction = database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Added rows are written in the command's transaction.");
        await using var batch = new NpgsqlBatch((NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        foreach (var (row, statement) in rows)
        {
            batch.BatchCommands.Add(statement.Command(row));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var (row, statement) in rows)
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"The insert into {statement.Table} returned no row.");
            }

            statement.ReadBack(row, reader);
            await reader.NextResultAsync(cancellationToken);
        }

        return rows.Count;
    }

    /// <summary>A principal's row before its dependents' (the history line after its call): a type after every type it refers to.</summary>
    private static List<(EntityEntry Row, InsertStatement Statement)>? InForeignKeyOrder(List<(EntityEntry Row, InsertStatement Statement)> rows)
    {
        var types = rows.Select(r => r.Row.Metadata).Distinct().ToList();
        var depth = new Dictionary<IEntityType, int>();
        foreach (var type in types)
        {
            if (DepthOf(type, types, depth, 0) is null)
            {
                return null;
            }
        }

        return [.. rows.OrderBy(r => depth[r.Row.Metadata])];
    }

    private static int? DepthOf(IEntityType type, List<IEntityType> types, Dictionary<IEntityType, int> depth, int hops)
    {
        if (depth.TryGetValue(type, out var known))
        {
            return known;
        }

        if (hops > types.Count)
        {
            return null;
        }

        var deepest = 0;
        foreach (var key in type.GetForeignKeys())
        {
            var principal = key.PrincipalEntityType;
            if (principal == type)
            {
                return null;
            }

            if (types.Contains(principal))
            {
                if (DepthOf(principal, types, depth, hops + 1) is not { } principalDepth)
                {
                    return null;
                }

                deepest = Math.Max(deepest, principalDepth + 1);
            }
        }

        depth[type] = deepest;
        return deepest;
    }

    /// <summary>One entity type's INSERT, with the columns it writes and those it reads back.</summary>
    internal sealed class InsertStatement
    {
        /// <summary>Only makes parameters; never sent.</summary>
        private static readonly NpgsqlCommand ParameterFactory = new();

        private readonly Column[] _written;
        private readonly Column[] _returned;
        private readonly INavigation[] _owners;
        private readonly string _sql;

        private InsertStatement(string table, Column[] written, Column[] returned, string sql)
        {
            Table = table;
            _written = written;
            _returned = returned;
            _owners = [.. written.Select(c => c.Owner).OfType<INavigation>().Distinct()];
            _sql = sql;
        }

        public string Table { get; }

        /// <summary>The statement for a type, or null when this cannot write it as EF Core would.</summary>
        public static InsertStatement? For(IEntityType type)
        {
            if (type.IsOwned() || type.BaseType is not null || type.GetDerivedTypes().Any() || type.GetTableName() is not { } table
                || type.GetComplexProperties().Any())
            {
                return null;
            }

            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var written = new List<Column>();
            var returned = new List<Column>();
            if (!Classify(type.GetProperties(), null, store, written, returned))
            {
                return null;
            }

            foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
            {
                var owned = navigation.TargetEntityType;
                if (navigation.IsCollection || owned.GetTableName() != table || owned.GetNavigations().Any() || owned.GetComplexProperties().Any()
                    || !Classify(owned.GetProperties().Where(p => !p.IsPrimaryKey()), navigation, store, written, returned))
                {
                    return null;
                }
            }

            var name = string.IsNullOrEmpty(type.GetSchema()) ? Quote(table) : $"{Quote(type.GetSchema()!)}.{Quote(table)}";
            var columns = string.Join(", ", written.Select(c => Quote(c.Name)));
            var values = string.Join(", ", written.Select((_, i) => $"${i + 1}"));
            var back = returned.Count == 0 ? "1" : string.Join(", ", returned.Select(c => Quote(c.Name)));
            return new InsertStatement(table, [.. written], [.. returned], $"INSERT INTO {name} ({columns}) VALUES ({values}) RETURNING {back}");
        }

        public int OwnedValuesOf(EntityEntry row) =>
            _owners.Count(owner => row.Reference(owner.Name).TargetEntry?.State == EntityState.Added);

        public NpgsqlBatchCommand Command(EntityEntry row)
        {
            var command = new NpgsqlBatchCommand(_sql);
            var values = row.CurrentValues;
            INavigation? ownedBy = null;
            PropertyValues? ownedValues = null;
            foreach (var column in _written)
            {
                object? value;
                if (column.Owner is null)
                {
                    value = values[column.Property];
                }
                else
                {
                    if (ownedBy != column.Owner)
                    {
                        ownedBy = column.Owner;
                        ownedValues = row.Reference(column.Owner.Name).TargetEntry?.CurrentValues;
                    }

                    value = ownedValues?[column.Property];
                }

                command.Parameters.Add(column.Mapping.CreateParameter(ParameterFactory, string.Empty, value, column.Property.IsNullable));
            }

            return command;
        }

        public void ReadBack(EntityEntry row, NpgsqlDataReader reader)
        {
            for (var i = 0; i < _returned.Length; i++)
            {
                var column = _returned[i];
                var value = reader.GetValue(i);
                var property = row.Property(column.Property.Name);
                property.CurrentValue = column.Mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
                property.IsTemporary = false;
            }
        }

        private static bool Classify(IEnumerable<IProperty> properties, INavigation? owner, StoreObjectIdentifier store, List<Column> written, List<Column> returned)
        {
            foreach (var property in properties)
            {
                if (property.GetColumnName(store) is not { } name || property.GetRelationalTypeMapping() is not { } mapping)
                {
                    return false;
                }

                var column = new Column(property, mapping, owner, name);
                if (property.ValueGenerated == ValueGenerated.Never)
                {
                    written.Add(column);
                }
                else if (owner is null && (IsRowVersion(property, name) || property.GetValueGenerationStrategy() == NpgsqlValueGenerationStrategy.IdentityAlwaysColumn))
                {
                    returned.Add(column);
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsRowVersion(IProperty property, string column) => column == "xmin" && property.IsConcurrencyToken;

        private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

        private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, INavigation? Owner, string Name);
    }
}
