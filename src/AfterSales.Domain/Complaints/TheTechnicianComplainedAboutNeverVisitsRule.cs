using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R28: the visitor is never the technician the customer complained about.</summary>
public sealed class TheTechnicianComplainedAboutNeverVisitsRule(Guid? complainedAbout, Guid visitor) : IBusinessRule
{
    public bool IsBroken() => complainedAbout == visitor;

    public string Message => "The technician the customer complained about cannot make the visit.";
}
