using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.RegisterCall;

/// <summary>A clerk's choice of service type against the entitlement policy, with the reason that is kept (R6).</summary>
public sealed record ServiceTypeOverrideDto(ServiceType ServiceType, string Reason);

/// <summary>
/// R8: records a customer's call in the call register. Gets its number, service type (R6), zone,
/// dispatch deadline (R19) and carry-over time (R18), and joins the dispatch queue. With
/// <c>appointment</c>, the customer's asked-for visit sets the deadline when it is later (R19).
/// </summary>
public sealed record RegisterCall(
    Guid CustomerId,
    Guid CertificateId,
    CallChannel Channel,
    DateTimeOffset ReceivedAt,
    string Problem,
    ServiceTypeOverrideDto? ServiceTypeOverride,
    AppointmentDto? Appointment = null) : ICommand<CallDto>, IIdempotentCommand;

public sealed class RegisterCallHandler(IApplicationDbContext db, ICurrentUser user, INumberSequence numbers, TimeProvider clock, DeadlineSettings settings)
    : ICommandHandler<RegisterCall, CallDto>
{
    public async ValueTask<CallDto> Handle(RegisterCall command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        BusinessRules.Check(new CallCannotBeReceivedInTheFutureRule(command.ReceivedAt, now));
        var customer = await db.Customers.FindInScopeAsync(command.CustomerId, user, cancellationToken);
        var certificate = await db.Certificates.FindInScopeAsync(command.CertificateId, user, cancellationToken);
        var unit = await db.Units.SingleAsync(u => u.Id == customer.UnitId, cancellationToken);

        var callDate = unit.Calendar.LocalDate(command.ReceivedAt);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && EF.Property<List<Guid>>(c, "_certificateIds").Contains(certificate.Id))
            .ToListAsync(cancellationToken);
        var entitled = EntitlementPolicy.Decide(callDate, certificate.WarrantyEndsOn, contracts.Any(c => c.IsActiveOn(callDate)));

        var number = await numbers.NextAsync(unit.Id, unit.Code, NumberSeries.Call, callDate.Year, cancellationToken);
        var typeOverride = command.ServiceTypeOverride is { } o ? new ServiceTypeOverride(o.ServiceType, o.Reason.Trim()) : null;
        var call = RepairCall.Register(
            Guid.CreateVersion7(now), number, unit, customer, certificate, command.Channel, command.ReceivedAt, command.Problem.Trim(), entitled, typeOverride, user.StaffId);
        if (command.Appointment is { } appointment)
        {
            call.AgreeAppointment(appointment.NotBefore, appointment.Until, settings.AppointmentTravel, unit.Calendar, unit.DeadlineCalendar, now, user.StaffId);
        }

        db.Calls.Add(call);
        return CallDto.From(call, now).WithTimeLeft(unit.DeadlineCalendar, now, settings.AtRiskWindow);
    }
}

public sealed class CallCannotBeReceivedInTheFutureRule(DateTimeOffset receivedAt, DateTimeOffset now) : IBusinessRule
{
    /// <summary>A few minutes of leeway for clocks that disagree.</summary>
    private static readonly TimeSpan Leeway = TimeSpan.FromMinutes(5);

    public bool IsBroken() => receivedAt > now + Leeway;

    public string Message => "A call cannot be received in the future.";
}

public sealed class RegisterCallValidator : AbstractValidator<RegisterCall>
{
    public RegisterCallValidator()
    {
        RuleFor(c => c.CustomerId).NotEmpty();
        RuleFor(c => c.CertificateId).NotEmpty();
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.ReceivedAt).IsServiceInstant();
        RuleFor(c => c.Problem).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.ServiceTypeOverride!.ServiceType).IsInEnum().When(c => c.ServiceTypeOverride is not null);
        RuleFor(c => c.ServiceTypeOverride!.Reason).NotEmpty().MaximumLength(500).When(c => c.ServiceTypeOverride is not null)
            .WithMessage("Overriding the service type needs a reason (R6).");
        RuleFor(c => c.Appointment!).SetValidator(new AppointmentDtoValidator()).When(c => c.Appointment is not null);
    }
}
