namespace AfterSales.Domain.Complaints;

/// <summary>How a complaint reached the company (R26).</summary>
public enum ComplaintSource
{
    /// <summary>Written on a returned survey card (R25).</summary>
    SurveyCard,
    Telephone,
    Letter,
    Visit,
    Email,
}
