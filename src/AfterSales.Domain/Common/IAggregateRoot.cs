namespace AfterSales.Domain.Common;

/// <summary>
/// A record the regulation's people act on, changed only through its own methods; every change to one
/// leaves an audit line (who, which command, which record). Lines of registers and feeds that an
/// aggregate's step writes (movement lines, parts usage, history) belong to that step's audit line.
/// </summary>
public interface IAggregateRoot
{
    Guid Id { get; }
}
