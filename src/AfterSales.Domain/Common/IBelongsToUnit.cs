namespace AfterSales.Domain.Common;

/// <summary>A record kept by one unit; people of other units never see it (R4; docs/domain-choices.md, "Who sees what").</summary>
public interface IBelongsToUnit
{
    Guid UnitId { get; }
}
