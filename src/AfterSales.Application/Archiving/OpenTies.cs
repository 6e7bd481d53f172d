using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving;

/// <summary>
/// A1/A2: what still open refers to a record: a complaint not closed about the call or from the survey
/// card, or an invoice request for the call not issued yet. Such a record is neither archived nor
/// destroyed; the archive list and the destruction record give this reason.
/// </summary>
public static class OpenTies
{
    /// <summary>The reason each of the records (calls or survey cards) is tied, for those that are; a complaint before an invoice.</summary>
    public static async Task<Dictionary<Guid, string>> OfAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var why = new Dictionary<Guid, string>();
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed && ((c.CallId != null && ids.Contains(c.CallId.Value)) || (c.SurveyCardId != null && ids.Contains(c.SurveyCardId.Value))))
            .OrderBy(c => c.Id)
            .Select(c => new { c.CallId, c.SurveyCardId, c.Number })
            .ToListAsync(cancellationToken);
        foreach (var c in complaints)
        {
            why.TryAdd(c.CallId is { } call && ids.Contains(call) ? call : c.SurveyCardId!.Value, $"complaint {c.Number} is still open");
        }

        var unbilled = await db.InvoiceRequests.AsNoTracking()
            .Where(r => r.InvoiceNumber == null && r.CallId != null && ids.Contains(r.CallId.Value))
            .Select(r => r.CallId!.Value)
            .ToListAsync(cancellationToken);
        foreach (var id in unbilled)
        {
            why.TryAdd(id, "its invoice request is not issued yet");
        }

        return why;
    }
}
