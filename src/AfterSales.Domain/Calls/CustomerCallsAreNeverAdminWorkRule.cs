using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class CustomerCallsAreNeverAdminWorkRule(ServiceType? chosen) : IBusinessRule
{
    public bool IsBroken() => chosen == ServiceType.Admin;

    public string Message => "Admin work (R6 d) has no customer; a call is Paid, Contract or Free.";
}
