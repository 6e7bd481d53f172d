using AfterSales.Domain.Common;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Registers;
using AfterSales.Domain.RepairCards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class PickupReceiptConfiguration : IEntityTypeConfiguration<PickupReceipt>
{
    public void Configure(EntityTypeBuilder<PickupReceipt> builder)
    {
        builder.ToTable("pickup_receipts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Number).HasMaxLength(32);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => r.CallId).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.IssuedAt });
        builder.Property(r => r.CustomerName).HasMaxLength(200);
        builder.Property(r => r.ProductModel).HasMaxLength(100);
        builder.Property(r => r.SerialNumber).HasMaxLength(100);
        builder.Property(r => r.LostReason).HasMaxLength(500);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<RepairCall>().WithMany().HasForeignKey(r => r.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductMovementConfiguration : IEntityTypeConfiguration<ProductMovement>
{
    public void Configure(EntityTypeBuilder<ProductMovement> builder)
    {
        builder.ToTable("product_movements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(8);
        builder.Property(m => m.ReceiptNumber).HasMaxLength(32);
        builder.Property(m => m.CustomerName).HasMaxLength(200);
        builder.Property(m => m.ProductModel).HasMaxLength(100);
        builder.Property(m => m.SerialNumber).HasMaxLength(100);

        // A day's page of the register (form 004), in the order the lines were written.
        builder.HasIndex(m => new { m.UnitId, m.LocalDate, m.Sequence });

        // A call's lines, gathered with it for the archive (A1) and removed with it (A2).
        builder.HasIndex(m => m.CallId);
    }
}

internal sealed class RepairCardConfiguration : IEntityTypeConfiguration<RepairCard>
{
    public void Configure(EntityTypeBuilder<RepairCard> builder)
    {
        builder.ToTable("repair_cards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => new { c.UnitId, c.Number }).IsUnique();
        builder.HasIndex(c => c.CallId).IsUnique();
        builder.Property(c => c.ServiceType).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<RepairCall>().WithMany().HasForeignKey(c => c.CallId).OnDelete(DeleteBehavior.Restrict);

        // The workshop list and R14's overdue filter: a unit's cards by status and promised time.
        builder.HasIndex(c => new { c.UnitId, c.Status, c.PromisedAt, c.Id });

        // The card list pages by id: a unit's cards, a status's, and (for overdue) only the open ones, so
        // no page walks the unit's closed history or other units' cards.
        builder.HasIndex(c => new { c.UnitId, c.Id });
        builder.HasIndex(c => new { c.UnitId, c.Status, c.Id });
        builder.HasIndex(c => new { c.UnitId, c.Id }, "OpenCards").HasFilter("status <> 'Closed'").HasDatabaseName("ix_repair_cards_open_unit_id_id");

        // Form 006: the cards a unit had open on a day, whose work entries of that day are read.
        builder.HasIndex(c => new { c.UnitId, c.OpenedAt });

        // Cards open during a period (006 card work, R23 failed inspections): still open (closed_at IS NULL)
        // or closed after the period began, two ranges of one index instead of the unit's whole history.
        builder.HasIndex(c => new { c.UnitId, c.ClosedAt });

        builder.OwnsOne(c => c.ReturnSignature, signature =>
        {
            signature.Property(s => s.SignerName).HasColumnName("return_signed_by").HasMaxLength(200);
            signature.Property(s => s.SignedAt).HasColumnName("return_signed_at");
            signature.Property(s => s.RecordedAt).HasColumnName("return_signature_recorded_at");
        });
        builder.Ignore(c => c.Work);
        builder.Ignore(c => c.Parts);
        builder.Ignore(c => c.Inspections);
        builder.Ignore(c => c.Escalations);
        builder.Ignore(c => c.TotalHours);
        builder.Ignore(c => c.Corrections);
        builder.Property<List<Correction>>("_corrections").HasColumnName("corrections").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<Correction>(), JsonColumn.ListByContent<Correction>());
        builder.Property<List<RepairWorkEntry>>("_work").HasColumnName("work").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<RepairWorkEntry>(), JsonColumn.ListByContent<RepairWorkEntry>());
        builder.Property<List<RepairPartEntry>>("_parts").HasColumnName("parts").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<RepairPartEntry>(), JsonColumn.ListByContent<RepairPartEntry>());
        builder.Property<List<InspectionEntry>>("_inspections").HasColumnName("inspections").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<InspectionEntry>(), JsonColumn.ListByContent<InspectionEntry>());
        builder.Property<List<RepairEscalation>>("_escalations").HasColumnName("escalations").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<RepairEscalation>(), JsonColumn.ListByContent<RepairEscalation>());
    }
}
