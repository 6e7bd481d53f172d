using AfterSales.Domain.Common;

namespace AfterSales.Domain.Registers;

/// <summary>R24: the register of a day is sent once the day is over (the next day or later), never before.</summary>
public sealed class OnlyAClosedDayIsSentRule(DateOnly date, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => date >= today;

    public string Message => $"The register of {date:yyyy-MM-dd} can be sent once the day is over (today is {today:yyyy-MM-dd} in the unit).";
}
