using AfterSales.Domain.Billing;
using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal static class MoneyColumns
{
    public static void Map<T>(OwnedNavigationBuilder<T, Money> money, string prefix)
        where T : class
    {
        money.Property(m => m.Amount).HasColumnName($"{prefix}_amount").HasPrecision(14, 3);
        money.Property(m => m.Currency).HasColumnName($"{prefix}_currency").HasMaxLength(3);
    }
}

/// <summary>
/// The two feeds also have <c>feed_txid xid8</c> and <c>feed_sequence</c> columns, written by the
/// database (see the Billing migration) and read only by <see cref="OrderedFeed"/>.
/// </summary>
internal sealed class InvoiceRequestConfiguration : IEntityTypeConfiguration<InvoiceRequest>
{
    public void Configure(EntityTypeBuilder<InvoiceRequest> builder)
    {
        builder.ToTable("invoice_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.BillingName).HasMaxLength(200);
        builder.Property(r => r.BillingAddress).HasMaxLength(500);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.InvoiceNumber).HasMaxLength(64);
        builder.Property(r => r.NotCollectedReason).HasMaxLength(500);
        builder.Property(r => r.Version).IsRowVersion();
        builder.OwnsOne(r => r.Total, total => MoneyColumns.Map(total, "total"));
        builder.Ignore(r => r.Lines);
        builder.Property<List<ChargeLine>>("_lines").HasColumnName("lines").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<ChargeLine>(), JsonColumn.ListByContent<ChargeLine>());

        // One invoice number names one request in a unit.
        builder.HasIndex(r => new { r.UnitId, r.InvoiceNumber }).IsUnique().HasFilter("invoice_number IS NOT NULL");
        builder.HasIndex(r => r.CallId);
        builder.HasIndex(r => r.ContractId);
    }
}

internal sealed class CollectedCashConfiguration : IEntityTypeConfiguration<CollectedCash>
{
    public void Configure(EntityTypeBuilder<CollectedCash> builder)
    {
        builder.ToTable("collected_cash");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsRowVersion();
        builder.OwnsOne(c => c.Amount, amount => MoneyColumns.Map(amount, "amount"));
        builder.HasOne<InvoiceRequest>().WithMany().HasForeignKey(c => c.InvoiceRequestId).OnDelete(DeleteBehavior.Restrict);

        // What the accountant is still owed: a unit's collections not yet handed over.
        builder.HasIndex(c => new { c.UnitId, c.HandoverId, c.Id });
    }
}

internal sealed class CashHandoverConfiguration : IEntityTypeConfiguration<CashHandover>
{
    public void Configure(EntityTypeBuilder<CashHandover> builder)
    {
        builder.ToTable("cash_handovers");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.OwnsOne(h => h.Amount, amount => MoneyColumns.Map(amount, "amount"));
        builder.Ignore(h => h.CollectionIds);
        builder.Property<List<Guid>>("_collectionIds")
            .HasColumnName("collection_ids")
            .HasColumnType("uuid[]")
            .Metadata.SetValueComparer(new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        builder.HasIndex(h => new { h.UnitId, h.TechnicianId });
    }
}

internal sealed class PartUsageConfiguration : IEntityTypeConfiguration<PartUsage>
{
    public void Configure(EntityTypeBuilder<PartUsage> builder)
    {
        builder.ToTable("part_usages");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PartNumber).HasMaxLength(64);
        builder.Property(p => p.Quantity).HasPrecision(12, 3);
        builder.Property(p => p.Where).HasConversion<string>().HasMaxLength(16);
        builder.OwnsOne(p => p.UnitPrice, price => MoneyColumns.Map(price, "unit_price"));
    }
}
