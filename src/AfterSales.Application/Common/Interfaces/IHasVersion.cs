namespace AfterSales.Application.Common.Interfaces;

/// <summary>A resource answer carrying its id and row version; the API sends the version as the ETag.</summary>
public interface IHasVersion
{
    Guid Id { get; }

    uint Version { get; }
}
