using AfterSales.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationMonthClosureConfiguration : IEntityTypeConfiguration<EvaluationMonthClosure>
{
    public void Configure(EntityTypeBuilder<EvaluationMonthClosure> builder)
    {
        builder.ToTable("evaluation_month_closures");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Snapshot).HasColumnType("jsonb");
        builder.Property(c => c.Version).IsRowVersion();

        // A unit's month closes once, whatever races.
        builder.HasIndex(c => new { c.UnitId, c.Month }).IsUnique();
    }
}

internal sealed class EvaluationWeightsConfiguration : IEntityTypeConfiguration<EvaluationWeights>
{
    public void Configure(EntityTypeBuilder<EvaluationWeights> builder)
    {
        builder.ToTable("evaluation_weights");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Attitude).HasPrecision(6, 2);
        builder.Property(w => w.TechnicalSkill).HasPrecision(6, 2);
        builder.Property(w => w.ArrivalTime).HasPrecision(6, 2);
        builder.Property(w => w.FollowThrough).HasPrecision(6, 2);
        builder.Property(w => w.Version).IsRowVersion();
    }
}
