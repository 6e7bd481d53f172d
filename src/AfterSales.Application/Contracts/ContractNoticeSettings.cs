namespace AfterSales.Application.Contracts;

/// <summary>Expiry notice settings (<c>ContractNotices__*</c>).</summary>
public sealed class ContractNoticeSettings
{
    public const string Section = "ContractNotices";

    /// <summary>A due notice not sent within this many days of its due date reads as Overdue.</summary>
    public int SendWithinDays { get; set; } = 7;
}
