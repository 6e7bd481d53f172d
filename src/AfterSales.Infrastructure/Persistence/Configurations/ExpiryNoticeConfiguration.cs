using AfterSales.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ExpiryNoticeConfiguration : IEntityTypeConfiguration<ContractExpiryNotice>
{
    public void Configure(EntityTypeBuilder<ContractExpiryNotice> builder)
    {
        builder.ToTable("contract_expiry_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.ContractNumber).HasMaxLength(32);
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.DeclineReason).HasMaxLength(2000);
        builder.Property(n => n.Version).IsRowVersion();

        // R20: one notice per term, never two, whatever races; a unit's notices by due date.
        builder.HasIndex(n => new { n.ContractId, n.TermNumber }).IsUnique();
        builder.HasIndex(n => new { n.UnitId, n.DueOn, n.Id });
    }
}
