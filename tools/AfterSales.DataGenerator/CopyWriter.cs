using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace AfterSales.DataGenerator;

/// <summary>
/// Writes aggregates with PostgreSQL's binary COPY, column by column as the EF model maps them (value
/// converters, owned values, jsonb documents), so the rows are exactly what the API would have saved
/// and the API reads them back. Columns the database fills itself (identities, defaults, xmin) are left
/// to it; identities are numbered in the order the rows are given.
/// </summary>
internal sealed partial class CopyWriter(DbContext db, NpgsqlConnection connection)
{
    private readonly Dictionary<Type, Mapping> _mappings = [];

    public long RowsWritten { get; private set; }

    public async Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var mapping = MappingOf(typeof(T));
        var columns = string.Join(", ", mapping.Columns.Select(c => $"\"{c.Name}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {mapping.Table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in mapping.Columns)
            {
                var value = column.Read(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.DataType, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
        RowsWritten += rows.Count;
    }

    private sealed record Column(string Name, string DataType, Func<object, object?> Read);

    private sealed record Mapping(string Table, IReadOnlyList<Column> Columns);

    private Mapping MappingOf(Type type)
    {
        if (_mappings.TryGetValue(type, out var known))
        {
            return known;
        }

        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = new List<Column>();
        AddColumns(entity, table, owner => owner, columns);
        var mapping = new Mapping(entity.GetTableName()!, columns);
        _mappings[type] = mapping;
        return mapping;
    }

    private static void AddColumns(IEntityType entity, StoreObjectIdentifier table, Func<object, object?> reach, List<Column> columns)
    {
        foreach (var property in entity.GetProperties())
        {
            var name = property.GetColumnName(table);
            if (name is null || columns.Any(c => c.Name == name) || FilledByTheDatabase(property, name))
            {
                continue;
            }

            if (property.IsShadowProperty())
            {
                // An owned value's key is its owner's id, already written as the owner's column.
                if (entity.IsOwned() && property.IsPrimaryKey())
                {
                    continue;
                }

                throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name} is a shadow property the writer cannot read.");
            }

            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            columns.Add(new Column(name, DataTypeOf(property.GetColumnType(table)), owner =>
            {
                var target = reach(owner);
                if (target is null)
                {
                    return null;
                }

                var value = getter.GetClrValue(target);
                return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
            }));
        }

        foreach (var navigation in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            var getter = navigation.GetGetter();
            AddColumns(navigation.TargetEntityType, table, owner => reach(owner) is { } target ? getter.GetClrValue(target) : null, columns);
        }
    }

    private static bool FilledByTheDatabase(IProperty property, string column) =>
        column == "xmin"
        || property.GetDefaultValueSql() is not null
        || property.GetValueGenerationStrategy() is Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityAlwaysColumn
            or Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn;

    /// <summary>"character varying(200)" → "character varying": COPY takes the type, not its length.</summary>
    private static string DataTypeOf(string columnType) => Modifier().Replace(columnType, string.Empty);

    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Modifier();
}
