using System.Text.Json;
using AfterSales.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class SurveyCardConfiguration : IEntityTypeConfiguration<SurveyCard>
{
    public void Configure(EntityTypeBuilder<SurveyCard> builder)
    {
        builder.ToTable("survey_cards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CallNumber).HasMaxLength(32);
        builder.Property(c => c.CustomerName).HasMaxLength(200);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.Telephone).HasMaxLength(50);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.UndeliverableReason).HasMaxLength(500);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.RatesTechnician);
        builder.Ignore(c => c.CurrentResponse);
        builder.Ignore(c => c.Corrections);
        builder.Property<List<SurveyCorrection>>("_corrections")
            .HasColumnName("corrections")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<SurveyCorrection>(), JsonColumn.ListByContent<SurveyCorrection>());

        // One card per call (R24: every call, never two); a unit's cards of a register day, in order.
        builder.HasIndex(c => c.CallId).IsUnique();
        builder.HasIndex(c => new { c.UnitId, c.RegisterDate, c.Id });

        builder.Property(c => c.Response).HasColumnType("jsonb").HasConversion(
            response => JsonSerializer.Serialize(response, JsonColumn.Options),
            json => JsonSerializer.Deserialize<SurveyResponse>(json, JsonColumn.Options)!,
            JsonColumn.ByReference<SurveyResponse>());
    }
}
