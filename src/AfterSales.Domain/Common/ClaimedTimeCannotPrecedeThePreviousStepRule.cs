namespace AfterSales.Domain.Common;

public sealed class ClaimedTimeCannotPrecedeThePreviousStepRule(string what, DateTimeOffset claimed, string previousStep, DateTimeOffset previous) : IBusinessRule
{
    public bool IsBroken() => claimed < previous;

    public string Message => $"The {what} time {claimed:O} is before the {previousStep} at {previous:O}.";
}
