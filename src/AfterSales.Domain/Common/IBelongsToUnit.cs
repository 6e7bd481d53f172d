namespace AfterSales.Domain.Common;

/// <summary>A record kept by one unit; people of other units never see it (domain.md, "Who does what").</summary>
public interface IBelongsToUnit
{
    Guid UnitId { get; }
}
