using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Printing;
using Mediator;

namespace AfterSales.Application.Contracts.Queries.PrintExpiryNotice;

/// <summary>保養到期通知書 (R20) printed: the letter that tells the customer their maintenance contract ends and asks them to renew.</summary>
public sealed record PrintExpiryNotice(Guid NoticeId) : IQuery<PrintedForm>;

public sealed class PrintExpiryNoticeHandler(IApplicationDbContext db, ICurrentUser user, FormPrinter printer) : IQueryHandler<PrintExpiryNotice, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintExpiryNotice query, CancellationToken cancellationToken)
    {
        var notice = await db.ContractExpiryNotices.FindInScopeAsync(query.NoticeId, user, cancellationToken);
        var customer = await db.Customers.FindInScopeAsync(notice.CustomerId, user, cancellationToken);
        var (unitName, text) = await printer.UnitAsync(notice.UnitId, cancellationToken);
        var names = await printer.StaffNamesAsync([notice.AssigneeId], cancellationToken);
        var endsOn = FormText.Date(notice.TermEndsOn);
        var form = new FormDocument(
            string.Empty,
            new Label("保養到期通知書", "Notice of maintenance contract expiry"),
            unitName,
            FormPaper.A4Portrait,
            [
                new FieldGrid([
                    new FormField(new Label("受文者", "To"), customer.Name),
                    new FormField(new Label("電話", "Telephone"), customer.Telephone),
                    new FormField(new Label("地址", "Address"), customer.Address),
                    new FormField(new Label("合約編號", "Contract"), $"{notice.ContractNumber}（第 {notice.TermNumber} 期 term {notice.TermNumber}）"),
                    new FormField(new Label("期滿日期", "Ends on"), endsOn),
                    new FormField(new Label("發文日期", "Dated"), FormText.Date(notice.SentOn ?? notice.DueOn)),
                ]),
                new Paragraphs([
                    $"{customer.Name} 台鑒：",
                    $"貴客戶與本公司所訂保養合約（編號 {notice.ContractNumber}）將於 {endsOn} 期滿。為使貴客戶之商品繼續獲得定期保養與維護，敬請續約；本公司將派員拜訪，洽辦續約事宜{(notice.AssigneeId is null ? string.Empty : $"（承辦人：{names(notice.AssigneeId)}）")}。",
                    $"Dear {customer.Name}: your maintenance contract {notice.ContractNumber} with us ends on {endsOn}. To keep your products regularly serviced, we invite you to renew it; a member of our staff will call on you to arrange it.",
                    $"{unitName} 敬啟",
                ]),
                new SignatureRow([new SignatureBox(new Label("服務單位", "Service unit"), unitName, null)]),
            ],
            $"contract-expiry-notice-{notice.ContractNumber}-{notice.TermNumber}.pdf");
        return printer.Print(form, text);
    }
}
