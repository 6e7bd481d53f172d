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

/// <summary>A plain dispatch of a call that is already dispatched conflicts with its state; a reassignment says why.</summary>
public sealed class ReassignmentNeedsAReasonRule(string? reason) : IStateRule
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

public sealed class OnlyTheAssignedTechnicianActsRule(Guid? assigned, Guid technicianId) : IBusinessRule
{
    public bool IsBroken() => assigned != technicianId;

    public string Message => "Only the technician the call is dispatched to can act on it.";
}

public sealed class WorkNeedsAnArrivalRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.Arrived;

    public string Message => status switch
    {
        CallStatus.InWorkshop => "The product was taken to the workshop; the call is finished through its repair card.",
        CallStatus.CompletedOnSite => "The call is already finished on site.",
        _ => $"A {status} call has no technician on site yet.",
    };
}

/// <summary>R10: cash is taken on the spot only for Paid work at or below the unit's on-site threshold.</summary>
public sealed class OnSiteCollectionWithinThresholdRule(ServiceType type, Common.Money? fee, Common.Money threshold, bool collected) : IBusinessRule
{
    public bool IsBroken() => collected && !OnSiteCollectionPolicy.MayCollect(type, fee, threshold);

    public string Message => $"Only Paid fees at or below the on-site threshold ({threshold}) may be collected on the spot; this one goes to an invoice request.";
}

public sealed class SignatureCannotPrecedeArrivalRule(DateTimeOffset? arrivedAt, Signature signature) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(signature.SignerName) || (arrivedAt is { } arrived && signature.SignedAt < arrived);

    public string Message => "The customer signs after the technician arrives, with the signer's name.";
}

public sealed class OnlyFinishedCallsAreLoggedOutRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.CompletedOnSite;

    public string Message => status == CallStatus.InWorkshop
        ? "A call in the workshop is closed by returning the product (close its repair card)."
        : $"A {status} call is not finished; only calls completed on site are logged out.";
}

public sealed class OnlyWorkshopCallsCloseOnReturnRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.InWorkshop;

    public string Message => $"A {status} call has no product in the workshop.";
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

public sealed class DispatchedTechnicianMustServeTheUnitRule(Guid unitId, Guid? technicianUnitId, bool isTechnician) : IBusinessRule
{
    public bool IsBroken() => technicianUnitId != unitId || !isTechnician;

    public string Message => "Calls are dispatched to a technician of the call's own unit.";
}

/// <summary>R10: a Paid fee at or below the threshold is collected on the spot; not collecting it needs a reason.</summary>
public sealed class UncollectedFeeNeedsAReasonRule(ServiceType type, Common.Money? fee, Common.Money threshold, bool collected, string? reason) : IBusinessRule
{
    public bool IsBroken() => !collected && OnSiteCollectionPolicy.MayCollect(type, fee, threshold) && string.IsNullOrWhiteSpace(reason);

    public string Message => $"A fee of {fee} is at or below the on-site threshold of {threshold}: collect it on the spot, or give the reason it was not collected (notCollectedReason).";
}

/// <summary>R11: only a product taken away and not yet handed over can be received into the workshop.</summary>
public sealed class ProductMustBeInTransitRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.InTransit;

    public string Message => status == CallStatus.InWorkshop
        ? "The product was already received into the workshop."
        : $"The call is {status}; no product is in transit to the workshop.";
}
