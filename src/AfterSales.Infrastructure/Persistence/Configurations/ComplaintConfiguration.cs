using System.Text.Json;
using AfterSales.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.CustomerName).HasMaxLength(200);
        builder.Property(c => c.Words).HasMaxLength(4000);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ReviewDecision).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ReviewInstructions).HasMaxLength(2000);
        builder.Property(c => c.Version).IsRowVersion();

        builder.Property(c => c.Finding).HasColumnType("jsonb").HasConversion(
            finding => JsonSerializer.Serialize(finding, JsonColumn.Options),
            json => JsonSerializer.Deserialize<ComplaintFinding>(json, JsonColumn.Options)!,
            JsonColumn.ByReference<ComplaintFinding>());
        builder.Property(c => c.DeadlinesAsGiven).HasColumnType("jsonb").HasConversion(
            deadlines => JsonSerializer.Serialize(deadlines, JsonColumn.Options),
            json => JsonSerializer.Deserialize<ComplaintStepDeadlines>(json, JsonColumn.Options)!);
        List<ComplaintVisit>("visits", nameof(Complaint.Visits), builder);
        List<ComplaintReply>("replies", nameof(Complaint.Replies), builder);
        List<ComplaintChase>("chases", nameof(Complaint.Chases), builder);
        List<ComplaintReopening>("reopenings", nameof(Complaint.Reopenings), builder);

        // The work list: Serious first (R26), then oldest, for one unit or all; the card's complaint.
        builder.HasIndex(c => new { c.UnitId, c.IsSerious, c.Id });
        builder.HasIndex(c => new { c.IsSerious, c.Id });
        builder.HasIndex(c => c.SurveyCardId).IsUnique().HasFilter("survey_card_id IS NOT NULL");

        // A call under an open complaint is neither archived (A1) nor destroyed (A2).
        builder.HasIndex(c => c.CallId);
    }

    /// <summary>A list the aggregate exposes read-only and keeps in a field named after it (Visits in _visits).</summary>
    private static void List<T>(string column, string exposed, EntityTypeBuilder<Complaint> builder)
    {
        builder.Ignore(exposed);
        builder.Property<List<T>>("_" + char.ToLowerInvariant(exposed[0]) + exposed[1..])
            .HasColumnName(column)
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<T>(), JsonColumn.ListByContent<T>());
    }
}
