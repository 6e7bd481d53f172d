namespace AfterSales.Domain.Common;

/// <summary>The kinds of step a certificate's history records.</summary>
public enum ServiceEventKind
{
    CallRegistered,
    Dispatched,
    Reassigned,
    Arrived,
    CompletedOnSite,
    CustomerSigned,
    TakenToWorkshop,
    ReceivedIntoWorkshop,
    PickupReceiptIssued,
    ProductIn,
    RepairCardOpened,
    RepairWork,
    PartReplaced,
    InspectionPassed,
    InspectionFailed,
    ProductOut,
    PickupReceiptVoided,
    CertificateFiled,
    CallClosed,
    CallCancelled,
    LateRepairReported,
    LateRepairAnswered,
    ArrivalCorrected,
    WorkHoursCorrected,

    /// <summary>A3: a part's quantity corrected, with the reason.</summary>
    PartCorrected,

    /// <summary>R19, R14: a declared closure, or its end or cancellation, moved the dispatch deadline or a repair's promised time.</summary>
    DeadlineMoved,

    /// <summary>R19: the customer asked for a visit not before a time, or within a window.</summary>
    AppointmentAgreed,

    /// <summary>R19: the technician came at the agreed time and found nobody; the clock restarts from a new appointment.</summary>
    CustomerNotAtHome,
}
