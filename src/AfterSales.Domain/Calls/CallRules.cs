using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;

namespace AfterSales.Domain.Calls;

public sealed class CallMustBeAboutTheCustomersOwnProductRule(Customer customer, ServiceCertificate certificate) : IBusinessRule
{
    public bool IsBroken() => certificate.CustomerId != customer.Id || certificate.UnitId != customer.UnitId;

    public string Message => "The service certificate does not belong to this customer.";
}

public sealed class CustomerCallsAreNeverAdminWorkRule(ServiceType? chosen) : IBusinessRule
{
    public bool IsBroken() => chosen == ServiceType.Admin;

    public string Message => "Admin work (R6 d) has no customer; a call is Paid, Contract or Free.";
}

public sealed class CallMustAwaitDispatchRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status is not (CallStatus.Registered or CallStatus.Dispatched);

    public string Message => $"A {status} call cannot be dispatched.";
}

public sealed class ReassignmentNeedsAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "The call is already dispatched; reassigning it needs a reason, which is kept in its history.";
}

public sealed class ReassignmentMustChangeTheTechnicianRule(Guid? current, Guid next) : IStateRule
{
    public bool IsBroken() => current == next;

    public string Message => "The call is already dispatched to this technician.";
}

public sealed class ArrivalNeedsADispatchedCallRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.Dispatched;

    public string Message => status == CallStatus.Arrived
        ? "Arrival is already recorded for this call."
        : $"A {status} call has no technician on the way; arrival cannot be recorded.";
}

public sealed class OnlyTheAssignedTechnicianArrivesRule(Guid? assigned, Guid technicianId) : IBusinessRule
{
    public bool IsBroken() => assigned != technicianId;

    public string Message => "Only the technician the call is dispatched to can record arrival.";
}

public sealed class ArrivalCannotPrecedeTheCallRule(DateTimeOffset receivedAt, DateTimeOffset arrivedAt) : IBusinessRule
{
    public bool IsBroken() => arrivedAt < receivedAt;

    public string Message => "Arrival cannot be before the call was received.";
}

public sealed class CallCanBeCancelledOnlyBeforeArrivalRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status is not (CallStatus.Registered or CallStatus.Dispatched);

    public string Message => $"A {status} call cannot be cancelled; only calls nobody has reached yet can.";
}
