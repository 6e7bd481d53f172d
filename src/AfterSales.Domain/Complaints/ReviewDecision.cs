namespace AfterSales.Domain.Complaints;

/// <summary>R26: the vice general manager handles a serious complaint, or passes it on with instructions.</summary>
public enum ReviewDecision
{
    Handled,
    PassedOn,
}
