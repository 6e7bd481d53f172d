using System.Globalization;
using AfterSales.Application.Common.Paging;
using CsvHelper;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Api.Infrastructure;

/// <summary>A report as a spreadsheet reads it: a header row and rows of text.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string?>> Rows, string FileName, string? NextCursor = null);

/// <summary>
/// Content negotiation for reports: a request with <c>Accept: text/csv</c> gets the answer as CSV
/// (RFC 4180 by CsvHelper, UTF-8 with a BOM so a spreadsheet opens the Chinese text correctly); any
/// other gets the JSON. A page of a list is that page, with the next page's cursor in <c>Next-Cursor</c>.
/// </summary>
internal static class CsvExport
{
    public const string ContentType = "text/csv";

    public static RouteHandlerBuilder WithCsv<T>(this RouteHandlerBuilder builder, Func<T, HttpContext, CsvTable> table) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var answer = result is INestedHttpResult nested ? nested.Result : result;
            return answer is IValueHttpResult { Value: T value } && WantsCsv(context.HttpContext.Request)
                ? new CsvResult(table(value, context.HttpContext))
                : result;
        }).WithMetadata(new CsvExportMetadata());

    /// <summary>CSV only when asked for by name; <c>*/*</c> and JSON keep the JSON answer.</summary>
    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase));

    public static string Text(this DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static string Text(this DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Text(this decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Text(this long value) => value.ToString(CultureInfo.InvariantCulture);

    public static CsvTable Paged<T>(Page<T> page, IReadOnlyList<string> header, Func<T, IReadOnlyList<string?>> row, string fileName) =>
        new(header, page.Items.Select(row), fileName, page.NextCursor);

    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    private sealed class CsvResult(CsvTable table) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = $"{ContentType}; charset=utf-8";
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = table.FileName }.ToString();
            if (table.NextCursor is { } next)
            {
                response.Headers["Next-Cursor"] = next;
            }

            // A field a spreadsheet would run as a formula (=, +, -, @) is escaped: report data is typed by people.
            await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
            await csv.WriteRecordAsync([.. table.Header], httpContext.RequestAborted);
            foreach (var row in table.Rows)
            {
                await csv.WriteRecordAsync([.. row], httpContext.RequestAborted);
            }

            await csv.FlushAsync(httpContext.RequestAborted);
        }
    }
}

/// <summary>Marks a route that also answers <c>text/csv</c>, for the contract.</summary>
internal sealed class CsvExportMetadata;
