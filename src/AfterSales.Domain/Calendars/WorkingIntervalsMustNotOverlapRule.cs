using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calendars;

public sealed class WorkingIntervalsMustNotOverlapRule(string day, WorkingInterval first, WorkingInterval second) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"On {day} the business hours {first} and {second} overlap.";
}
