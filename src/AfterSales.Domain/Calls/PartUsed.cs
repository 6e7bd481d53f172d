using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>A part replaced, with its price at the time (R3: the parts ledger reads these).</summary>
public sealed record PartUsed(string PartNumber, decimal Quantity, Money UnitPrice);
