using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Commands.OpenComplaint;

/// <summary>
/// R26: a complaint taken by the service department or by the unit's staff (by telephone, letter,
/// visit or e-mail): the customer (given, or the call's), optionally the call and the technician
/// complained about, and the customer's words. A complaint on a survey card is opened by keying in the card.
/// </summary>
public sealed record OpenComplaint(ComplaintSource Source, Guid? CustomerId, Guid? CallId, Guid? TechnicianId, string Words) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class OpenComplaintHandler(IApplicationDbContext db, ICurrentUser user, ComplaintIntake intake, TimeProvider clock)
    : ICommandHandler<OpenComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(OpenComplaint command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Guid customerId;
        if (command.CallId is { } callId)
        {
            var call = await db.Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => new { c.UnitId, c.CustomerId }).SingleOrDefaultAsync(cancellationToken);
            customerId = call is not null && user.CanAccessUnit(call.UnitId) ? call.CustomerId : throw new Common.Exceptions.NotFoundException("RepairCall", callId);
        }
        else
        {
            customerId = command.CustomerId!.Value;
        }

        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null || !user.CanAccessUnit(customer.UnitId))
        {
            throw new Common.Exceptions.NotFoundException(nameof(Customer), customerId);
        }

        if (command.TechnicianId is { } technicianId)
        {
            var technicianUnit = await db.Staff.AsNoTracking().Where(s => s.Id == technicianId).Select(s => (Guid?)s.UnitId).SingleOrDefaultAsync(cancellationToken);
            BusinessRules.Check(new ComplaintTechnicianMustServeTheUnitRule(customer.UnitId, technicianUnit));
        }

        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == customer.UnitId, cancellationToken);
        var complaint = await intake.ReceiveAsync(unit, customer, command.Source, command.CallId, command.TechnicianId, null, command.Words.Trim(), now, user.StaffId, cancellationToken);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class OpenComplaintValidator : AbstractValidator<OpenComplaint>
{
    public OpenComplaintValidator()
    {
        RuleFor(c => c.Source).IsInEnum().NotEqual(ComplaintSource.SurveyCard)
            .WithMessage("A complaint written on a survey card is opened by keying in the card's answer.");
        RuleFor(c => c.CustomerId).NotEmpty().When(c => c.CallId is null).WithMessage("Give the customer, or the call the complaint is about.");
        RuleFor(c => c.CustomerId).Null().When(c => c.CallId is not null).WithMessage("With a call, the customer is the call's; give one or the other.");
        RuleFor(c => c.CallId).NotEqual(Guid.Empty);
        RuleFor(c => c.TechnicianId).NotEqual(Guid.Empty);
        RuleFor(c => c.Words).NotEmpty().MaximumLength(4000);
    }
}
