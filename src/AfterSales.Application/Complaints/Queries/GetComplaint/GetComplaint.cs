using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Complaints.Queries.GetComplaint;

public sealed record GetComplaint(Guid ComplaintId) : IQuery<ComplaintDto>;

public sealed class GetComplaintHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(GetComplaint query, CancellationToken cancellationToken) =>
        ComplaintDto.From(await db.Complaints.FindInScopeAsync(query.ComplaintId, user, cancellationToken), clock.GetUtcNow());
}
