namespace AfterSales.Domain.Common;

/// <summary>A1: a record that is archived in a batch once closed; from then on it is read, never changed.</summary>
public interface IArchivable
{
    /// <summary>The archive batch that holds the record; null while it is in use.</summary>
    Guid? ArchivedIn { get; }
}
