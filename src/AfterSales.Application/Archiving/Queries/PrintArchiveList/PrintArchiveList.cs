using System.Globalization;
using AfterSales.Application.Printing;
using AfterSales.Domain.Archiving;
using Mediator;

namespace AfterSales.Application.Archiving.Queries.PrintArchiveList;

/// <summary>歸檔表 (A1) printed: the records handed to the archive, their counts, what was held back and why, and who handed over and received them.</summary>
public sealed record PrintArchiveList(Guid BatchId) : IQuery<PrintedForm>;

public sealed class PrintArchiveListHandler(ISender sender, FormPrinter printer) : IQueryHandler<PrintArchiveList, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintArchiveList query, CancellationToken cancellationToken)
    {
        var batch = await sender.Send(new GetArchiveBatch.GetArchiveBatch(query.BatchId), cancellationToken);
        var (unitName, text) = await printer.UnitAsync(batch.UnitId, cancellationToken);
        var names = await printer.StaffNamesAsync([batch.HandedOverBy], cancellationToken);
        var form = new FormDocument(
            string.Empty,
            new Label("歸檔表", "Archive list"),
            unitName,
            FormPaper.A4Portrait,
            [
                new FieldGrid([
                    new FormField(new Label("結案截止日", "Closed up to"), FormText.Date(batch.UpTo)),
                    new FormField(new Label("移交日期", "Handed over"), text.Time(batch.CreatedAt)),
                    new FormField(new Label("件數", "Records"), string.Join("，", batch.Counts.Select(c => $"{TypeOf(c.Type)} {c.Count.ToString(CultureInfo.InvariantCulture)}"))),
                    new FormField(new Label("暫緩歸檔", "Held back"), batch.HeldBack.Count.ToString(CultureInfo.InvariantCulture)),
                ]),
                new FormTable(
                    new Label("歸檔記錄", "Records archived"),
                    [new TableColumn(new Label("類別", "Type"), 2), new TableColumn(new Label("編號", "Number"), 2.5), new TableColumn(new Label("結案日期", "Closed on"), 1.5)],
                    batch.Records.Select(r => (IReadOnlyList<string>)[TypeOf(r.Type), r.Number, FormText.Date(r.ClosedOn)]).ToList()),
                new FormTable(
                    new Label("暫緩歸檔", "Held back"),
                    [new TableColumn(new Label("類別", "Type"), 2), new TableColumn(new Label("編號", "Number"), 2.5), new TableColumn(new Label("原因", "Why"), 3.5)],
                    batch.HeldBack.Select(h => (IReadOnlyList<string>)[TypeOf(h.Type), h.Number, h.Reason]).ToList()),
                new SignatureRow([
                    new SignatureBox(new Label("移交人", "Handed over by"), names(batch.HandedOverBy), text.Time(batch.CreatedAt)),
                    new SignatureBox(new Label("接收人", "Received by"), null, null),
                ]),
            ],
            $"archive-list-{FormText.Date(batch.UpTo)}.pdf");
        return printer.Print(form, text);
    }

    private static string TypeOf(ArchivedRecordType type) => type switch
    {
        ArchivedRecordType.Call => "叫修 Call",
        ArchivedRecordType.PickupReceipt => "領取收據 Receipt",
        ArchivedRecordType.RepairCard => "修護卡 Repair card",
        ArchivedRecordType.ProductMovement => "商品進出 Movement",
        ArchivedRecordType.TechnicianDailyReport => "技術員日報 006",
        ArchivedRecordType.SupervisorDailyReport => "主任日報 007",
        ArchivedRecordType.SurveyCard => "意見調查卡 Survey card",
        ArchivedRecordType.Complaint => "抱怨 Complaint",
        ArchivedRecordType.ContractExpiryNotice => "保養到期通知 Notice",
        _ => type.ToString(),
    };
}
