using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// A retry with the same Idempotency-Key and the same request gets the first answer and changes
/// nothing; the same key with another request is refused. The record is written in the command's
/// own transaction, so a key is never remembered for a change that rolled back. A retry racing the
/// first attempt waits on the key's unique index and then fails with a conflict.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(
    IApplicationDbContext db,
    IRequestContext request,
    ICurrentUser user,
    TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IIdempotentCommand, IBaseCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var key = request.IdempotencyKey;
        if (string.IsNullOrEmpty(key))
        {
            return await next(message, cancellationToken);
        }

        var caller = user.StaffId?.ToString() ?? $"{string.Join(',', user.Roles.Order())}@{user.UnitId}";
        var command = typeof(TMessage).Name;
        var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(message, Json)));

        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);
        if (earlier is not null)
        {
            if (earlier.Command != command || earlier.RequestHash != hash)
            {
                throw new IdempotencyKeyReusedException(key);
            }

            AfterSalesTelemetry.Replayed(command);
            return JsonSerializer.Deserialize<TResponse>(earlier.ResponseJson, Json)!;
        }

        // The answer kept for replays must carry the versions the change is saved with, so the change
        // is saved first; the record then goes out with the transaction's final save.
        var response = await next(message, cancellationToken);
        await UnitOfWork.SaveAsync(db, response, cancellationToken);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Caller = caller,
            Key = key,
            Command = command,
            RequestHash = hash,
            ResponseJson = JsonSerializer.Serialize(response, Json),
            CreatedAt = clock.GetUtcNow(),
        });
        return response;
    }
}
