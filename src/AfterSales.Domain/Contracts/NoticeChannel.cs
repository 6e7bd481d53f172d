namespace AfterSales.Domain.Contracts;

/// <summary>How an expiry notice (保養到期通知書) reached the customer.</summary>
public enum NoticeChannel
{
    Mail,
    Email,
    Fax,
    HandDelivered,
}
