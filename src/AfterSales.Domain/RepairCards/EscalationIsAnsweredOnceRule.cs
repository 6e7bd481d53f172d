using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class EscalationIsAnsweredOnceRule(EscalationAnswer? answer) : IStateRule
{
    public bool IsBroken() => answer is not null;

    public string Message => $"The report was already answered at {answer?.At:O}.";
}
