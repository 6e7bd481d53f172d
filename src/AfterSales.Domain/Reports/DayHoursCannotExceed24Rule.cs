using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>A technician's hours of one day, from every source (on site, workshop, admin), never exceed 24.</summary>
public sealed class DayHoursCannotExceed24Rule(DateOnly date, decimal alreadyThatDay, decimal adding) : IBusinessRule
{
    public const decimal HoursInADay = 24m;

    public bool IsBroken() => alreadyThatDay + adding > HoursInADay;

    public string Message => $"The technician already has {alreadyThatDay} h on {date:yyyy-MM-dd}; {adding} h more would make {alreadyThatDay + adding} h, over {HoursInADay}.";
}
