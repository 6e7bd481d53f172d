using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

public sealed class TermsMustNotOverlapRule(ContractTerm current, DateOnly nextStartsOn) : IBusinessRule
{
    public bool IsBroken() => nextStartsOn <= current.EndsOn;

    public string Message => $"The new term must start after the current one ends ({current.EndsOn:yyyy-MM-dd}).";
}
