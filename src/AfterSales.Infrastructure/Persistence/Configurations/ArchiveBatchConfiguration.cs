using AfterSales.Domain.Archiving;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ArchiveBatchConfiguration : IEntityTypeConfiguration<ArchiveBatch>
{
    public void Configure(EntityTypeBuilder<ArchiveBatch> builder)
    {
        builder.ToTable("archive_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.UnitId, b.CreatedAt });
        builder.Ignore(b => b.Records);
        builder.Ignore(b => b.HeldBack);
        builder.Property<List<ArchivedRecord>>("_records").HasColumnName("records").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<ArchivedRecord>(), JsonColumn.ListByContent<ArchivedRecord>());
        builder.Property<List<HeldBackRecord>>("_heldBack").HasColumnName("held_back").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<HeldBackRecord>(), JsonColumn.ListByContent<HeldBackRecord>());
    }
}
