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
}
