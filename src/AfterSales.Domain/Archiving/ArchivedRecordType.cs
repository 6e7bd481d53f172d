namespace AfterSales.Domain.Archiving;

/// <summary>A1/A2: the kinds of record the archive holds. A call's receipt, card and movement lines go with the call.</summary>
public enum ArchivedRecordType
{
    /// <summary>叫修: a call, closed or cancelled.</summary>
    Call,

    /// <summary>領取收據 (form 003): goes with its call.</summary>
    PickupReceipt,

    /// <summary>修護卡 (form 005): goes with its call.</summary>
    RepairCard,

    /// <summary>A line of 客戶商品進出登記簿 (form 004): goes with its call.</summary>
    ProductMovement,

    /// <summary>技術員工作日報表 (form 006), once reviewed.</summary>
    TechnicianDailyReport,

    /// <summary>服務主任工作日報表 (form 007), once checked by the service department.</summary>
    SupervisorDailyReport,

    /// <summary>客戶意見調查卡: answered, undeliverable, or expired unanswered.</summary>
    SurveyCard,

    /// <summary>A complaint, closed with its finding.</summary>
    Complaint,

    /// <summary>保養到期通知書: a contract expiry notice with an outcome.</summary>
    ContractExpiryNotice,
}
