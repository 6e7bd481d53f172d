using AfterSales.Domain.Common;

namespace AfterSales.Domain.Certificates;

public sealed class WarrantyCannotEndBeforeSaleRule(DateOnly soldOn, DateOnly warrantyEndsOn) : IBusinessRule
{
    public bool IsBroken() => warrantyEndsOn < soldOn;

    public string Message => $"The warranty cannot end ({warrantyEndsOn:yyyy-MM-dd}) before the sale ({soldOn:yyyy-MM-dd}).";
}
