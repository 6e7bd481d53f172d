using AfterSales.Domain.Common;

namespace AfterSales.Domain.Surveys;

/// <summary>R24: a customer is asked about a service once it is over: the call closed, finished on site, or cancelled.</summary>
public sealed class CardIsSentOnceTheCallIsFinishedRule(bool callFinished, string callNumber) : IBusinessRule
{
    public bool IsBroken() => !callFinished;

    public string Message => $"Call {callNumber} is not finished yet; its card is sent once the service is over.";
}
