using AfterSales.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>A unit's counter for one series and year.</summary>
internal sealed class UnitCounter
{
    public Guid UnitId { get; init; }

    public string Series { get; init; } = string.Empty;

    public int Year { get; init; }

    public long Value { get; init; }
}

internal sealed class UnitCounterConfiguration : IEntityTypeConfiguration<UnitCounter>
{
    public void Configure(EntityTypeBuilder<UnitCounter> builder)
    {
        builder.ToTable("unit_counters");
        builder.HasKey(c => new { c.UnitId, c.Series, c.Year });
        builder.Property(c => c.Series).HasMaxLength(32);
    }
}

/// <summary>
/// Takes the next number with one upsert in the command's transaction: the row lock serialises
/// concurrent callers of the same unit and series, and a rollback returns the number.
/// The statement is sent as written, with positional parameters, on the command's own connection and transaction:
/// through EF Core's raw-SQL query it was translated, looked up and rewritten on every call of the most frequent
/// command (docs/architecture.md, "Performance").
/// </summary>
internal sealed class NumberSequence(AppDbContext db) : INumberSequence
{
    internal const string Sql = """
        INSERT INTO unit_counters (unit_id, series, year, value) VALUES ($1, $2, $3, 1)
        ON CONFLICT (unit_id, series, year) DO UPDATE SET value = unit_counters.value + 1
        RETURNING value
        """;

    public async Task<string> NextAsync(Guid unitId, string unitCode, NumberSeries series, int year, CancellationToken cancellationToken)
    {
        var value = await NextValueAsync(unitId, series.ToString(), year, cancellationToken);
        var prefix = series switch
        {
            NumberSeries.Call => string.Empty,
            NumberSeries.PickupReceipt => "R",
            NumberSeries.RepairCard => "K",
            NumberSeries.Contract => "M",
            NumberSeries.Complaint => "C",
            _ => throw new ArgumentOutOfRangeException(nameof(series)),
        };
        return $"{unitCode}-{prefix}{year}-{value:D6}";
    }

    private async Task<long> NextValueAsync(Guid unitId, string series, int year, CancellationToken cancellationToken)
    {
        var database = db.Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.Command(Sql);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = unitId });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = series });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
