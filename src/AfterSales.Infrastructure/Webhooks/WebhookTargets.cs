using System.Net;
using System.Net.Sockets;
using AfterSales.Application.Events.Webhooks;
using AfterSales.Domain.Common;

namespace AfterSales.Infrastructure.Webhooks;

/// <summary>
/// SSRF guard: webhooks never call loopback, link-local (which holds the cloud metadata service,
/// 169.254.169.254), unspecified or multicast addresses, however the host name resolves, checked when a
/// subscription is made and again on every connection (a name may resolve elsewhere later).
/// </summary>
internal sealed class WebhookTargets(WebhookSettings settings) : IWebhookTargets
{
    public void Check(Uri url)
    {
        if (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && !IsAllowed(address))
        {
            throw new BusinessRuleViolationException(new WebhookTargetMustBeReachableRule(url.Host));
        }

        if (url.IsLoopback && !settings.AllowLoopback)
        {
            throw new BusinessRuleViolationException(new WebhookTargetMustBeReachableRule(url.Host));
        }
    }

    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return settings.AllowLoopback;
        }

        var bytes = address.GetAddressBytes();
        var linkLocal = address.AddressFamily == AddressFamily.InterNetwork ? bytes[0] == 169 && bytes[1] == 254 : address.IsIPv6LinkLocal;
        var unspecified = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
        var multicast = address.AddressFamily == AddressFamily.InterNetwork ? bytes[0] >= 224 : address.IsIPv6Multicast;
        return !linkLocal && !unspecified && !multicast;
    }

    /// <summary>Connects only to an allowed address of the host, so a name that resolves to a forbidden one is never called.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = (await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken)).Where(IsAllowed).ToArray();
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to addresses webhooks never call (loopback, link-local, metadata).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
