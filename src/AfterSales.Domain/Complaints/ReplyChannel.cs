namespace AfterSales.Domain.Complaints;

/// <summary>R26: a Serious complaint is answered by letter (函告); a General one by letter or telephone.</summary>
public enum ReplyChannel
{
    Letter,
    Telephone,
}
