using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.Telephone).HasMaxLength(50);
        builder.Property(c => c.Zone).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.Corrections);
        builder.Property<List<Correction>>("_corrections")
            .HasColumnName("corrections")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<Correction>(), JsonColumn.ListByContent<Correction>());
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.UnitId, c.Id });
    }
}

internal sealed class ServiceCertificateConfiguration : IEntityTypeConfiguration<ServiceCertificate>
{
    public void Configure(EntityTypeBuilder<ServiceCertificate> builder)
    {
        builder.ToTable("service_certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Model).HasMaxLength(100);
        builder.Property(c => c.SerialNumber).HasMaxLength(100);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => new { c.UnitId, c.SerialNumber });
    }
}

internal sealed class MaintenanceContractConfiguration : IEntityTypeConfiguration<MaintenanceContract>
{
    public void Configure(EntityTypeBuilder<MaintenanceContract> builder)
    {
        builder.ToTable("maintenance_contracts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => new { c.UnitId, c.Number }).IsUnique();
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // R20 and GET /contracts?endingBefore= read contracts by their end date.
        builder.HasIndex(c => new { c.UnitId, c.EndsOn, c.Id });

        builder.Ignore(c => c.CertificateIds);
        builder.Property<List<Guid>>("_certificateIds")
            .HasColumnName("certificate_ids")
            .HasColumnType("uuid[]")
            .Metadata.SetValueComparer(new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        builder.HasIndex("_certificateIds").HasMethod("gin");

        builder.Ignore(c => c.Terms);
        builder.Ignore(c => c.CurrentTerm);
        builder.Property<List<ContractTerm>>("_terms")
            .HasColumnName("terms")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<ContractTerm>(), JsonColumn.ListByContent<ContractTerm>());
    }
}
