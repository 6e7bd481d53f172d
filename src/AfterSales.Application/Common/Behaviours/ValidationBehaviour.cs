using FluentValidation.Results;
using Mediator;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// Checks the message's shape before anything else runs (input validation, not business rules).
/// Validators run one after another: they may share the request's DbContext.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // The common shape first: validators and handlers may then rely on present fields and non-null items.
        var shape = MessageShape.Check(message);
        if (shape.Count > 0)
        {
            throw new ValidationException(shape);
        }

        // A message with no validator of its own (a read by id) is passed on without a step of its own to wait on it.
        return validators is ICollection<IValidator<TMessage>> { Count: 0 } ? next(message, cancellationToken) : ValidatedAsync(message, next, cancellationToken);
    }

    private async ValueTask<TResponse> ValidatedAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
