namespace AfterSales.Domain.Archiving;

/// <summary>A line of the archive list (歸檔表): a record handed to the archive, by type, number and closing date.</summary>
public sealed record ArchivedRecord(string Type, Guid Id, string Number, DateOnly ClosedOn);
