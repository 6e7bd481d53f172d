namespace AfterSales.Application.Common.Messaging;

/// <summary>
/// A POST command that honours the Idempotency-Key header. The marker is non-generic because the
/// source-generated mediator cannot constrain behaviours on generic message types.
/// </summary>
public interface IIdempotentCommand;
