namespace AfterSales.Domain.Common;

public sealed class ClaimedTimeCannotBeInTheFutureRule(string what, DateTimeOffset claimed, DateTimeOffset recordedAt) : IBusinessRule
{
    public bool IsBroken() => claimed > recordedAt + ClaimedTime.AllowedClockSkew;

    public string Message => $"The {what} time {claimed:O} is in the future (recorded at {recordedAt:O}).";
}
