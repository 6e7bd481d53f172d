using System.Text.Json;
using AfterSales.Application.Units;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ServiceUnitConfiguration : IEntityTypeConfiguration<ServiceUnit>
{
    public void Configure(EntityTypeBuilder<ServiceUnit> builder)
    {
        builder.ToTable("service_units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Code).HasMaxLength(8);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Version).IsRowVersion();

        builder.Property(u => u.Calendar)
            .HasColumnType("jsonb")
            .HasConversion(
                calendar => JsonSerializer.Serialize(CalendarDto.From(calendar), JsonColumn.Options),
                json => ParsedDocuments.Calendar(json),
                JsonColumn.ByReference<Domain.Calendars.WorkingCalendar>());
        builder.Property(u => u.Policy)
            .HasColumnType("jsonb")
            .HasConversion(
                policy => JsonSerializer.Serialize(PolicyDto.From(policy), JsonColumn.Options),
                json => ParsedDocuments.Policy(json),
                JsonColumn.ByReference<ServicePolicy>());
        builder.Ignore(u => u.TargetHistory);
        builder.Property<List<KpiTargetChange>>("_targetHistory")
            .HasColumnName("target_history")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<KpiTargetChange>(), JsonColumn.ListByContent<KpiTargetChange>());
        builder.Ignore(u => u.Closures);
        builder.Ignore(u => u.DeadlineCalendar);
        builder.Property<List<UnitClosure>>("_closures")
            .HasColumnName("closures")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<UnitClosure>(), JsonColumn.ListByContent<UnitClosure>());
    }
}
