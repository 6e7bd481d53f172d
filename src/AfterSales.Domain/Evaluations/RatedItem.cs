namespace AfterSales.Domain.Evaluations;

/// <summary>R25: the four items a survey card rates the technician on.</summary>
public enum RatedItem
{
    Attitude,
    TechnicalSkill,
    ArrivalTime,

    /// <summary>答應事情的辦理: follow-through on promises.</summary>
    FollowThrough,
}
