namespace AfterSales.Domain.Archiving;

/// <summary>A1: a closed record not archived yet because something still open refers to it, and what.</summary>
public sealed record HeldBackRecord(ArchivedRecordType Type, Guid Id, string Number, string Reason);
