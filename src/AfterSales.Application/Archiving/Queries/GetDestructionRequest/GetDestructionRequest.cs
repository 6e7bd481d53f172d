using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Archiving.Queries.GetDestructionRequest;

/// <summary>A2: a destruction record, at whatever step it stands.</summary>
public sealed record GetDestructionRequest(Guid DestructionId) : IQuery<DestructionRequestDto>;

public sealed class GetDestructionRequestHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetDestructionRequest, DestructionRequestDto>
{
    public async ValueTask<DestructionRequestDto> Handle(GetDestructionRequest query, CancellationToken cancellationToken) =>
        DestructionRequestDto.From(await db.DestructionRequests.FindInScopeAsync(query.DestructionId, user, cancellationToken));
}
