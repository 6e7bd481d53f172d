namespace AfterSales.Application.Common.Interfaces;

/// <summary>A resource answer carrying its row version; the API sends it as the ETag.</summary>
public interface IHasVersion
{
    uint Version { get; }
}
