using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R28: the unit's supervisor visits in person, or the person the supervisor designated.</summary>
public sealed class VisitIsByTheSupervisorOrTheDesigneeRule(bool isTheUnitsSupervisor, Guid? designeeId, Guid visitorId) : IBusinessRule
{
    public bool IsBroken() => !isTheUnitsSupervisor && designeeId != visitorId;

    public string Message => "The visit is made by the unit's supervisor in person or by the person the supervisor designated.";
}
