namespace AfterSales.Domain.Reports;

/// <summary>R6 d: the internal work that is neither Paid, Contract nor Free.</summary>
public enum AdminWorkCategory
{
    /// <summary>工作檢查: inspections.</summary>
    Inspection,

    /// <summary>零件管理: parts management.</summary>
    PartsManagement,

    /// <summary>裝置工具維護: upkeep of tools and equipment.</summary>
    ToolUpkeep,

    /// <summary>短期在職訓練: short in-service training.</summary>
    Training,

    /// <summary>其他: anything else of a–c's kind that is not service to a customer.</summary>
    Other,
}
