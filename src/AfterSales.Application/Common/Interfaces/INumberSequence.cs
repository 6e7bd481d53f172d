namespace AfterSales.Application.Common.Interfaces;

/// <summary>The kinds of people-facing numbers a unit gives out.</summary>
public enum NumberSeries
{
    /// <summary>Call numbers in the call register (form 002).</summary>
    Call,

    /// <summary>Pickup receipts (form 003).</summary>
    PickupReceipt,

    /// <summary>Repair cards (form 005).</summary>
    RepairCard,

    /// <summary>Maintenance contracts.</summary>
    Contract,

    /// <summary>Customer complaints (R26).</summary>
    Complaint,
}

/// <summary>
/// Readable numbers, unique per unit and gapless: taken inside the command's transaction, so a
/// rolled-back command gives its number back and two commands never get the same one.
/// </summary>
public interface INumberSequence
{
    Task<string> NextAsync(Guid unitId, string unitCode, NumberSeries series, int year, CancellationToken cancellationToken);
}
