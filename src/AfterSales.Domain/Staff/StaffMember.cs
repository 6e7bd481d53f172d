using AfterSales.Domain.Common;

namespace AfterSales.Domain.Staff;

/// <summary>A person of a unit, with the roles they act in (R4).</summary>
public sealed class StaffMember : Entity, IVersioned, IAggregateRoot
{
    private List<Role> _roles = [];

    private StaffMember()
    {
        Name = string.Empty;
    }

    private StaffMember(Guid id, Guid unitId, string name, IEnumerable<Role> roles)
    {
        Id = id;
        UnitId = unitId;
        Name = name;
        _roles = roles.Distinct().Order().ToList();
        CheckRule(new StaffMemberMustHaveARoleRule(_roles));
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<Role> Roles => _roles;

    public uint Version { get; private set; }

    public static StaffMember Hire(Guid id, Guid unitId, string name, IEnumerable<Role> roles) => new(id, unitId, name, roles);

    public bool Has(Role role) => _roles.Contains(role);
}
