using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;
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
    // The most frequent command reads its customer, certificate, unit and the contracts covering the product
    // without tracking them (it changes none of them, so nothing is snapshotted and compared at the save) and
    // through compiled queries (no expression tree to translate and look up per request).
    private static readonly Func<DbContext, Guid, CancellationToken, Task<Customer?>> CustomerById =
        EF.CompileAsyncQuery((DbContext context, Guid id, CancellationToken _) => context.Set<Customer>().AsNoTracking().SingleOrDefault(c => c.Id == id));

    private static readonly Func<DbContext, Guid, CancellationToken, Task<ServiceCertificate?>> CertificateById =
        EF.CompileAsyncQuery((DbContext context, Guid id, CancellationToken _) => context.Set<ServiceCertificate>().AsNoTracking().SingleOrDefault(c => c.Id == id));

    private static readonly Func<DbContext, Guid, CancellationToken, Task<ServiceUnit>> UnitById =
        EF.CompileAsyncQuery((DbContext context, Guid id, CancellationToken _) => context.Set<ServiceUnit>().AsNoTracking().Single(u => u.Id == id));

    private static readonly Func<DbContext, Guid, Guid, IAsyncEnumerable<MaintenanceContract>> ContractsCovering =
        EF.CompileAsyncQuery((DbContext context, Guid unitId, Guid certificateId) => context.Set<MaintenanceContract>().AsNoTracking()
            .Where(c => c.UnitId == unitId && EF.Property<List<Guid>>(c, "_certificateIds").Contains(certificateId)));

    public async ValueTask<CallDto> Handle(RegisterCall command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        BusinessRules.Check(new CallCannotBeReceivedInTheFutureRule(command.ReceivedAt, now));
        var context = (DbContext)db;
        var customer = InScope(await CustomerById(context, command.CustomerId, cancellationToken), command.CustomerId);
        var certificate = InScope(await CertificateById(context, command.CertificateId, cancellationToken), command.CertificateId);
        var unit = await UnitById(context, customer.UnitId, cancellationToken);

        var callDate = unit.Calendar.LocalDate(command.ReceivedAt);
        var contracts = new List<MaintenanceContract>();
        await foreach (var contract in ContractsCovering(context, unit.Id, certificate.Id).WithCancellation(cancellationToken))
        {
            contracts.Add(contract);
        }

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

    /// <summary>Another unit's record, or none, is a 404 (as <c>FindInScopeAsync</c> answers for a tracked read).</summary>
    private T InScope<T>(T? record, Guid id)
        where T : class, IBelongsToUnit =>
        record is not null && user.CanAccessUnit(record.UnitId) ? record : throw new Common.Exceptions.NotFoundException(typeof(T).Name, id);
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
