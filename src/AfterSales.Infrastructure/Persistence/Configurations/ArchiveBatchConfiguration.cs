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
        builder.Ignore(b => b.HeldBack);
        builder.Property<List<HeldBackRecord>>("_heldBack").HasColumnName("held_back").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<HeldBackRecord>(), JsonColumn.ListByContent<HeldBackRecord>());
    }
}

internal sealed class ArchiveEntryConfiguration : IEntityTypeConfiguration<ArchiveEntry>
{
    public void Configure(EntityTypeBuilder<ArchiveEntry> builder)
    {
        builder.ToTable("archive_entries");
        builder.HasKey(e => e.RecordId);
        builder.Property(e => e.RecordId).ValueGeneratedNever();
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Number).HasMaxLength(120);
        builder.Ignore(e => e.IsDestroyed);
        builder.HasOne<ArchiveBatch>().WithMany().HasForeignKey(e => e.BatchId).OnDelete(DeleteBehavior.Restrict);

        // The archive list of a batch, in the order it was gathered.
        builder.HasIndex(e => new { e.BatchId, e.RecordId });

        // Destruction candidates (A2): a unit's kept records of a type, oldest first.
        builder.HasIndex(e => new { e.UnitId, e.Type, e.RecordId }).HasFilter("destroyed_by IS NULL");

        // A call's receipt, card and movement lines; a technician's days.
        builder.HasIndex(e => e.ParentId).HasFilter("parent_id IS NOT NULL");

        // Tombstones found by number (a receipt read by its number).
        builder.HasIndex(e => new { e.Type, e.Number });
    }
}

internal sealed class RetentionPeriodConfiguration : IEntityTypeConfiguration<RetentionPeriod>
{
    public void Configure(EntityTypeBuilder<RetentionPeriod> builder)
    {
        builder.ToTable("retention_periods");
        builder.HasKey(r => r.Type);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(r => r.Id);
        builder.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class DestructionRequestConfiguration : IEntityTypeConfiguration<DestructionRequest>
{
    public void Configure(EntityTypeBuilder<DestructionRequest> builder)
    {
        builder.ToTable("destruction_requests");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Reason).HasMaxLength(500);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.UnitId, d.Id });
        builder.Ignore(d => d.RecordIds);
        builder.Ignore(d => d.Kept);
        builder.Property<List<Guid>>("_recordIds").HasColumnName("record_ids").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<Guid>(), JsonColumn.ListByContent<Guid>());
        builder.Property<List<HeldBackRecord>>("_kept").HasColumnName("kept").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<HeldBackRecord>(), JsonColumn.ListByContent<HeldBackRecord>());
    }
}
