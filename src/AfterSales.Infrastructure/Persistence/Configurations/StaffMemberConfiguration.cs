using AfterSales.Domain.Common;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff_members");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);

        // Lists by unit page through (unit_id, id).
        builder.HasIndex(s => new { s.UnitId, s.Id });

        builder.Ignore(s => s.Roles);
        builder.Property<List<Role>>("_roles")
            .HasColumnName("roles")
            .HasColumnType("text[]")
            .HasConversion(
                roles => roles.Select(r => r.ToString()).ToArray(),
                names => names.Select(name => Enum.Parse<Role>(name)).ToList(),
                new ValueComparer<List<Role>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, r) => HashCode.Combine(h, r)), v => v.ToList()));
    }
}
