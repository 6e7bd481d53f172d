using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Commands.DesignateComplaintVisitor;

/// <summary>R28: the unit's supervisor names who visits the customer in the supervisor's place; never the technician complained about.</summary>
public sealed record DesignateComplaintVisitor(Guid ComplaintId, Guid StaffId) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class DesignateComplaintVisitorHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<DesignateComplaintVisitor, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(DesignateComplaintVisitor command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var designeeUnit = await db.Staff.AsNoTracking().Where(s => s.Id == command.StaffId).Select(s => (Guid?)s.UnitId).SingleOrDefaultAsync(cancellationToken);
        complaint.Designate(command.StaffId, designeeUnit, user.RequireStaffId());
        return ComplaintDto.From(complaint, clock.GetUtcNow());
    }
}

public sealed class DesignateComplaintVisitorValidator : AbstractValidator<DesignateComplaintVisitor>
{
    public DesignateComplaintVisitorValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.StaffId).NotEmpty();
    }
}
