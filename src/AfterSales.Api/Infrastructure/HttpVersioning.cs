using System.Globalization;

namespace AfterSales.Api.Infrastructure;

/// <summary>ETag and If-Match as row versions: the ETag is the quoted version number.</summary>
public static class HttpVersioning
{
    public static void SetETag(this HttpResponse response, uint version) =>
        response.Headers.ETag = ETagOf(version);

    public static string ETagOf(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// A conditional GET: true when If-None-Match names the current version (weakly, as RFC 9110 compares
    /// for it) or is "*", so the client's copy is current and a 304 will do.
    /// </summary>
    public static bool HasCurrentCopy(this HttpRequest request, uint version)
    {
        var current = ETagOf(version);
        return request.Headers.IfNoneMatch.SelectMany(value => (value ?? string.Empty).Split(','))
            .Select(tag => tag.Trim())
            .Any(tag => tag == "*" || tag == current || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..] == current));
    }

    /// <summary>
    /// The version the client expects, or null when it sent no If-Match (or "*"). A value that is no
    /// version of ours can match nothing, so it reads as 0, which no row has.
    /// </summary>
    public static uint? ExpectedVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return uint.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }
}
