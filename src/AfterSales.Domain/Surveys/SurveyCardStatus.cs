namespace AfterSales.Domain.Surveys;

/// <summary>Where a survey card (客戶意見調查卡) stands; Expired is derived from the clock on read.</summary>
public enum SurveyCardStatus
{
    /// <summary>Made when the day's register reached the service department (R24).</summary>
    Generated,

    /// <summary>Sent to the customer by a channel, waiting for the answer.</summary>
    Sent,

    /// <summary>The customer's answer was keyed in.</summary>
    Returned,

    /// <summary>The card could not reach the customer.</summary>
    Undeliverable,
}
