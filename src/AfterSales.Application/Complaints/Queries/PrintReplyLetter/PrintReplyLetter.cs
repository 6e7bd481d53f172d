using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Printing;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using Mediator;

namespace AfterSales.Application.Complaints.Queries.PrintReplyLetter;

/// <summary>
/// 函告 (R26): the letter telling the customer how their complaint was handled, as the service department
/// recorded its reply by letter. A complaint with no reply by letter has no letter to print.
/// </summary>
public sealed record PrintReplyLetter(Guid ComplaintId) : IQuery<PrintedForm>;

public sealed class PrintReplyLetterHandler(ISender sender, IApplicationDbContext db, ICurrentUser user, FormPrinter printer) : IQueryHandler<PrintReplyLetter, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintReplyLetter query, CancellationToken cancellationToken)
    {
        var complaint = await sender.Send(new GetComplaint.GetComplaint(query.ComplaintId), cancellationToken);
        var letter = complaint.Replies.LastOrDefault(r => r.Channel == ReplyChannel.Letter);
        BusinessRules.Check(new ComplaintHasAReplyLetterRule(letter is not null));
        var customer = await db.Customers.FindInScopeAsync(complaint.CustomerId, user, cancellationToken);
        var (unitName, text) = await printer.UnitAsync(complaint.UnitId, cancellationToken);
        var names = await printer.StaffNamesAsync([letter!.RepliedBy], cancellationToken);
        var form = new FormDocument(
            string.Empty,
            new Label("函告：客戶抱怨處理情形", "Letter: how your complaint was handled"),
            unitName,
            FormPaper.A4Portrait,
            [
                new FieldGrid([
                    new FormField(new Label("受文者", "To"), customer.Name),
                    new FormField(new Label("地址", "Address"), customer.Address),
                    new FormField(new Label("案號", "Reference"), complaint.Number),
                    new FormField(new Label("發文日期", "Dated"), text.Time(letter.RepliedAt)),
                    new FormField(new Label("來函日期", "Your complaint of"), text.Time(complaint.ReceivedAt)),
                    new FormField(new Label("性質", "Nature"), complaint.Severity is { } severity ? FormText.Of(severity) : string.Empty),
                ]),
                new Paragraphs([
                    $"{customer.Name} 台鑒：",
                    $"貴客戶所反映之意見（案號 {complaint.Number}）：「{complaint.Words}」",
                    "本公司處理情形如下：",
                    letter.Content,
                    "感謝您的指教，今後如有任何意見，敬請隨時告知。",
                    "Thank you for telling us. Should anything else trouble you, please let us know at any time.",
                ]),
                new SignatureRow([new SignatureBox(new Label("服務部", "Service department"), names(letter.RepliedBy), text.Time(letter.RepliedAt))]),
            ],
            $"complaint-reply-{complaint.Number}.pdf");
        return printer.Print(form, text);
    }
}

public sealed class ComplaintHasAReplyLetterRule(bool hasLetter) : IStateRule
{
    public bool IsBroken() => !hasLetter;

    public string Message => "This complaint has no reply by letter to print; record the reply by letter first.";
}
