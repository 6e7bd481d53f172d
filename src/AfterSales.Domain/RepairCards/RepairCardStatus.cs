namespace AfterSales.Domain.RepairCards;

public enum RepairCardStatus
{
    /// <summary>Being repaired; late once past its promised time (R14).</summary>
    InRepair,

    /// <summary>The technician says it is repaired; waiting for the supervisor's inspection (R12).</summary>
    AwaitingInspection,

    /// <summary>Inspection passed; ready to go back to the customer.</summary>
    Passed,

    /// <summary>Returned to the customer (CloseRepairCard).</summary>
    Closed,
}
