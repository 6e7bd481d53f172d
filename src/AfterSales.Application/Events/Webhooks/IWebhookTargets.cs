using AfterSales.Domain.Common;

namespace AfterSales.Application.Events.Webhooks;

/// <summary>Which addresses webhooks may call (no loopback, link-local or metadata service: SSRF).</summary>
public interface IWebhookTargets
{
    /// <summary>Refuses (422) a URL whose host is an address webhooks never call.</summary>
    void Check(Uri url);
}

public sealed class WebhookTargetMustBeReachableRule(string host) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"Webhooks never call {host}: loopback, link-local and metadata addresses are refused.";
}
