using AfterSales.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
/// </summary>
internal sealed class NumberSequence(AppDbContext db) : INumberSequence
{
    public async Task<string> NextAsync(Guid unitId, string unitCode, NumberSeries series, int year, CancellationToken cancellationToken)
    {
        var name = series.ToString();
        var values = await db.Database.SqlQuery<long>(
            $"""
            INSERT INTO unit_counters (unit_id, series, year, value) VALUES ({unitId}, {name}, {year}, 1)
            ON CONFLICT (unit_id, series, year) DO UPDATE SET value = unit_counters.value + 1
            RETURNING value AS "Value"
            """).ToListAsync(cancellationToken);
        var prefix = series switch
        {
            NumberSeries.Call => string.Empty,
            NumberSeries.PickupReceipt => "R",
            NumberSeries.RepairCard => "K",
            NumberSeries.Contract => "M",
            NumberSeries.Complaint => "C",
            _ => throw new ArgumentOutOfRangeException(nameof(series)),
        };
        return $"{unitCode}-{prefix}{year}-{values.Single():D6}";
    }
}
