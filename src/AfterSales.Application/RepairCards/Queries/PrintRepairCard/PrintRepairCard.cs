using AfterSales.Application.Calls.Queries.GetCall;
using AfterSales.Application.Printing;
using Mediator;

namespace AfterSales.Application.RepairCards.Queries.PrintRepairCard;

/// <summary>
/// 修護卡 (form 005) printed on a tag-sized page to hang on the product (R12): its number large and as a
/// QR code, the customer and product, the promise, and the hours, parts and inspections written on it.
/// </summary>
public sealed record PrintRepairCard(Guid CardId) : IQuery<PrintedForm>;

public sealed class PrintRepairCardHandler(ISender sender, FormPrinter printer) : IQueryHandler<PrintRepairCard, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintRepairCard query, CancellationToken cancellationToken)
    {
        var card = await sender.Send(new GetRepairCard.GetRepairCard(query.CardId), cancellationToken);
        var call = await sender.Send(new GetCall(card.CallId), cancellationToken);
        var (unitName, text) = await printer.UnitAsync(card.UnitId, cancellationToken);
        var names = await printer.StaffNamesAsync(
            card.Work.Select(w => (Guid?)w.TechnicianId).Concat(card.Inspections.Select(i => (Guid?)i.SupervisorId)), cancellationToken);
        var form = new FormDocument(
            "服表005",
            new Label("修護卡", "Repair card"),
            unitName,
            FormPaper.Tag,
            [
                new NumberTag(card.Number),
                new FieldGrid(
                    [
                        new FormField(new Label("客戶", "Customer"), call.CustomerName),
                        new FormField(new Label("叫修編號", "Call"), call.Number),
                        new FormField(new Label("型號 / 製號", "Model / serial"), $"{call.ProductModel} / {call.SerialNumber}"),
                        new FormField(new Label("類別", "Type"), FormText.Of(card.ServiceType)),
                        new FormField(new Label("收件", "Opened"), text.Time(card.OpenedAt)),
                        new FormField(new Label("預定修妥", "Promised"), text.Time(card.PromisedAt)),
                        new FormField(new Label("狀態", "Status"), FormText.Of(card.Status)),
                        new FormField(new Label("修護時數", "Hours"), FormText.Hours(card.TotalHours)),
                    ]),
                new FormTable(
                    new Label("修護記錄", "Work"),
                    [new TableColumn(new Label("日期", "When"), 2.4), new TableColumn(new Label("技術員", "By"), 1.8), new TableColumn(new Label("時數", "Hours"), 1), new TableColumn(new Label("修護內容", "Work done"), 3.6)],
                    card.Work.Select(w => (IReadOnlyList<string>)[text.Time(w.At), names(w.TechnicianId), FormText.Hours(w.Hours), w.Description]).ToList()),
                new FormTable(
                    new Label("配換零件", "Parts replaced"),
                    [new TableColumn(new Label("料號", "Part"), 3), new TableColumn(new Label("數量", "Qty"), 1.2), new TableColumn(new Label("單價", "Unit price"), 2.4)],
                    card.Parts.Select(p => (IReadOnlyList<string>)[p.Part.PartNumber, FormText.Number(p.Part.Quantity), FormText.Amount(p.Part.UnitPrice.Amount, p.Part.UnitPrice.Currency)]).ToList()),
                new FormTable(
                    new Label("主任驗收", "Inspections"),
                    [new TableColumn(new Label("日期", "When"), 2.4), new TableColumn(new Label("主任", "Supervisor"), 1.8), new TableColumn(new Label("結果", "Result"), 3.6)],
                    card.Inspections.Select(i => (IReadOnlyList<string>)[text.Time(i.At), names(i.SupervisorId), (i.Passed ? "驗訖 Passed" : "未過 Failed") + (i.Note is { } note ? $": {note}" : string.Empty)]).ToList()),
            ],
            $"repair-card-{card.Number}.pdf");
        return printer.Print(form, text);
    }
}
