using AfterSales.Domain.Common;
using AfterSales.Domain.Registers;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class AdminWorkConfiguration : IEntityTypeConfiguration<AdminWork>
{
    public void Configure(EntityTypeBuilder<AdminWork> builder)
    {
        builder.ToTable("admin_work");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Hours).HasPrecision(5, 2);
        builder.Property(w => w.Note).HasMaxLength(1000);
        builder.Property(w => w.Version).IsRowVersion();
        builder.Ignore(w => w.Corrections);
        builder.Property<List<Correction>>("_corrections")
            .HasColumnName("corrections")
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<Correction>(), JsonColumn.ListByContent<Correction>());
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(w => w.TechnicianId).OnDelete(DeleteBehavior.Restrict);

        // A technician's day (form 006 and the 24-hour cap).
        builder.HasIndex(w => new { w.TechnicianId, w.Date });
    }
}

internal sealed class TechnicianDailyReportConfiguration : IEntityTypeConfiguration<TechnicianDailyReport>
{
    public void Configure(EntityTypeBuilder<TechnicianDailyReport> builder)
    {
        builder.ToTable("technician_daily_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.TechnicianId).OnDelete(DeleteBehavior.Restrict);

        // One report per technician and day; a unit's reports of a day for the missing list.
        builder.HasIndex(r => new { r.TechnicianId, r.Date }).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.Date });

        builder.Ignore(r => r.Versions);
        builder.Ignore(r => r.Events);
        builder.Ignore(r => r.Current);
        builder.Property<List<DailyReportVersion>>("_versions").HasColumnName("versions").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<DailyReportVersion>(), JsonColumn.ListByContent<DailyReportVersion>());
        builder.Property<List<DailyReportEvent>>("_events").HasColumnName("events").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<DailyReportEvent>(), JsonColumn.ListByContent<DailyReportEvent>());
    }
}

internal sealed class SentCallRegisterConfiguration : IEntityTypeConfiguration<SentCallRegister>
{
    public void Configure(EntityTypeBuilder<SentCallRegister> builder)
    {
        builder.ToTable("sent_call_registers");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();

        // R24: once per unit and day.
        builder.HasIndex(r => new { r.UnitId, r.Date }).IsUnique();

        builder.Ignore(r => r.Calls);
        builder.Property<List<SentCall>>("_calls").HasColumnName("calls").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<SentCall>(), JsonColumn.ListByContent<SentCall>());
    }
}

internal sealed class SupervisorDailyReportConfiguration : IEntityTypeConfiguration<SupervisorDailyReport>
{
    public void Configure(EntityTypeBuilder<SupervisorDailyReport> builder)
    {
        builder.ToTable("supervisor_daily_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.UnitKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Version).IsRowVersion();

        // One per unit and day; the sign-off and check inboxes read by status and date.
        builder.HasIndex(r => new { r.UnitId, r.Date }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.Date });

        builder.Ignore(r => r.Versions);
        builder.Ignore(r => r.Steps);
        builder.Ignore(r => r.Current);
        builder.Ignore(r => r.AwaitsSignOff);
        builder.Ignore(r => r.AwaitsCheck);
        builder.Property<List<SupervisorReportVersion>>("_versions").HasColumnName("versions").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<SupervisorReportVersion>(), JsonColumn.ListByContent<SupervisorReportVersion>());
        builder.Property<List<SupervisorReportStep>>("_steps").HasColumnName("steps").HasColumnType("jsonb")
            .HasConversion(JsonColumn.ListConverter<SupervisorReportStep>(), JsonColumn.ListByContent<SupervisorReportStep>());
    }
}
