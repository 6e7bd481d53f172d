using System.Text.Json;
using AfterSales.Domain.Common;
using AfterSales.Application.Common.History;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class RepairCallConfiguration : IEntityTypeConfiguration<RepairCall>
{
    public void Configure(EntityTypeBuilder<RepairCall> builder)
    {
        builder.ToTable("repair_calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => new { c.UnitId, c.Number }).IsUnique();
        builder.Property(c => c.CustomerName).HasMaxLength(200);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.Telephone).HasMaxLength(50);
        builder.Property(c => c.ProductModel).HasMaxLength(100);
        builder.Property(c => c.SerialNumber).HasMaxLength(100);
        builder.Property(c => c.Problem).HasMaxLength(2000);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Zone).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ServiceType).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ServiceTypeOverrideReason).HasMaxLength(500);
        builder.Property(c => c.CancelReason).HasMaxLength(500);
        builder.Property(c => c.NotCollectedReason).HasMaxLength(500);
        builder.Property(c => c.WorkHours).HasPrecision(6, 2);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceCertificate>().WithMany().HasForeignKey(c => c.CertificateId).OnDelete(DeleteBehavior.Restrict);

        // The register and the dispatch queue: one unit's calls by status, oldest first.
        builder.HasIndex(c => new { c.UnitId, c.Status, c.ReceivedAt, c.Id });

        // The dispatch queue's ordinary calls (not yet Priority, R18): the newest waiting calls only.
        builder.HasIndex(c => new { c.UnitId, c.Status, c.PriorityFrom });
        builder.HasIndex(c => new { c.UnitId, c.ReceivedAt, c.Id });
        builder.HasIndex(c => c.CertificateId);

        // Form 006: a technician's calls finished on site in a day.
        builder.HasIndex(c => new { c.TechnicianId, c.CompletedAt });

        // Form 007: the register's figures of a unit's day, one count per index.
        builder.HasIndex(c => new { c.UnitId, c.DispatchedAt });
        builder.HasIndex(c => new { c.UnitId, c.ArrivedAt });
        builder.HasIndex(c => new { c.UnitId, c.CompletedAt });
        builder.HasIndex(c => new { c.UnitId, c.ClosedAt });

        // R19: the open calls whose deadline comes next (at risk, and the calls a closure moves).
        builder.HasIndex(c => new { c.UnitId, c.DispatchDeadline })
            .HasDatabaseName("ix_repair_calls_open_by_deadline")
            .HasFilter("status IN ('Registered', 'Dispatched')");
        builder.Property(c => c.DeadlineBasis).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Appointment)
            .HasColumnType("jsonb")
            .HasConversion(
                appointment => JsonSerializer.Serialize(appointment, JsonColumn.Options),
                json => JsonSerializer.Deserialize<CustomerAppointment>(json, JsonColumn.Options));

        builder.OwnsOne(c => c.Fee, fee =>
        {
            fee.Property(m => m.Amount).HasColumnName("fee_amount").HasPrecision(14, 3);
            fee.Property(m => m.Currency).HasColumnName("fee_currency").HasMaxLength(3);
        });
        builder.OwnsOne(c => c.CustomerSignature, signature =>
        {
            signature.Property(s => s.SignerName).HasColumnName("signed_by").HasMaxLength(200);
            signature.Property(s => s.SignedAt).HasColumnName("signed_at");
            signature.Property(s => s.RecordedAt).HasColumnName("signature_recorded_at");
        });
        builder.Ignore(c => c.Corrections);
        builder.Property<List<Correction>>("_corrections")
            .HasColumnName("corrections")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<Correction>(), JsonColumn.ListByContent<Correction>());
        builder.Ignore(c => c.Parts);
        builder.Property<List<PartUsed>>("_parts")
            .HasColumnName("parts")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<PartUsed>(), JsonColumn.ListByContent<PartUsed>());
    }
}

internal sealed class ServiceHistoryEntryConfiguration : IEntityTypeConfiguration<ServiceHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ServiceHistoryEntry> builder)
    {
        builder.ToTable("service_history");
        builder.HasKey(h => h.Sequence);
        builder.Property(h => h.Sequence).UseIdentityAlwaysColumn();
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.Note).HasMaxLength(2000);
        builder.HasIndex(h => new { h.CertificateId, h.Sequence });
        builder.HasIndex(h => new { h.CallId, h.Sequence });
    }
}
