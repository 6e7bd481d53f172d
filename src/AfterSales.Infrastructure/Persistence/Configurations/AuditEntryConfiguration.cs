using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Sequence).UseIdentityAlwaysColumn();
        builder.Property(a => a.ActorRoles).HasMaxLength(300);
        builder.Property(a => a.Command).HasMaxLength(100);
        builder.Property(a => a.Entity).HasMaxLength(100);

        // GET /audit?entity=&id= pages through one record's lines in order.
        builder.HasIndex(a => new { a.Entity, a.EntityId, a.Sequence });
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.Caller, r.Key });
        builder.Property(r => r.Caller).HasMaxLength(200);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.Command).HasMaxLength(100);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResponseJson).HasColumnType("jsonb");
    }
}

/// <summary>
/// The transactional outbox. Like the invoice feed it also has <c>feed_txid xid8</c> and
/// <c>feed_sequence</c> columns, written by the database (see the Outbox migration) and read only by
/// <see cref="OrderedFeed"/>.
/// </summary>
internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<AfterSales.Application.Events.OutboxEvent>
{
    public void Configure(EntityTypeBuilder<AfterSales.Application.Events.OutboxEvent> builder)
    {
        builder.ToTable("outbox_events");

        // A store-generated key keeps a save's events in the order they were added (EF inserts rows with
        // keys still to generate in that order; it would sort them by a key already set).
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).UseIdentityAlwaysColumn();
        builder.HasIndex(e => e.Id).IsUnique();
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.Property(e => e.SubjectType).HasMaxLength(32);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.SubjectId, e.OccurredAt });
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<AfterSales.Application.Events.Webhooks.WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<AfterSales.Application.Events.Webhooks.WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Secret).HasMaxLength(200);
        builder.Property(s => s.Cursor).HasMaxLength(100);
        builder.Property(s => s.LastError).HasMaxLength(1000);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.EventTypes);
        builder.Property<List<string>>("_eventTypes").HasColumnName("event_types");
    }
}

/// <summary>The timed duties' claims: the key is the duty, the record and the due moment, so each is done once.</summary>
internal sealed class DutyRunConfiguration : IEntityTypeConfiguration<AfterSales.Application.Duties.DutyRun>
{
    public void Configure(EntityTypeBuilder<AfterSales.Application.Duties.DutyRun> builder)
    {
        builder.ToTable("duty_runs");
        builder.HasKey(r => new { r.Duty, r.SubjectId, r.DueAt });
        builder.Property(r => r.Duty).HasMaxLength(100);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.HasIndex(r => r.SubjectId);
        builder.HasIndex(r => r.DoneAt);
    }
}
