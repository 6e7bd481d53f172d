using AfterSales.Application.Calls;
using AfterSales.Application.Calls.Queries.GetCalls;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Printing;
using Mediator;

namespace AfterSales.Application.Registers.Queries.PrintCallRegister;

/// <summary>叫修登記簿 (form 002) printed: a unit's calls of one day, every one, on as many pages as they take.</summary>
public sealed record PrintCallRegister(Guid UnitId, DateOnly Date) : IQuery<PrintedForm>;

public sealed class PrintCallRegisterHandler(ISender sender, ICurrentUser user, FormPrinter printer) : IQueryHandler<PrintCallRegister, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintCallRegister query, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(query.UnitId) ?? query.UnitId;
        var calls = new List<CallDto>();
        string? cursor = null;
        do
        {
            var page = await sender.Send(new GetCalls(unitId, null, query.Date, null, cursor, Cursor.MaxLimit), cancellationToken);
            calls.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var (unitName, text) = await printer.UnitAsync(unitId, cancellationToken);
        var names = await printer.StaffNamesAsync(calls.Select(c => c.TechnicianId), cancellationToken);
        var form = new FormDocument(
            "服表002",
            new Label("叫修登記簿", "Call register"),
            unitName,
            FormPaper.A4Landscape,
            [
                new FieldGrid([
                    new FormField(new Label("日期", "Date"), FormText.Date(query.Date)),
                    new FormField(new Label("件數", "Calls"), calls.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ]),
                new FormTable(
                    new Label("叫修記錄", "Calls received"),
                    [
                        new TableColumn(new Label("編號", "Number"), 2.1),
                        new TableColumn(new Label("時間", "Received"), 1),
                        new TableColumn(new Label("客戶名稱", "Customer"), 1.8),
                        new TableColumn(new Label("地址 / 電話", "Address / telephone"), 3),
                        new TableColumn(new Label("商品型號 / 製號", "Model / serial"), 2),
                        new TableColumn(new Label("故障情形", "Problem"), 2.3),
                        new TableColumn(new Label("類別", "Type"), 1.4),
                        new TableColumn(new Label("派工", "Technician"), 1.4),
                        new TableColumn(new Label("到達", "Arrived"), 1),
                        new TableColumn(new Label("狀態", "Status"), 1.9),
                    ],
                    calls.Select(c => (IReadOnlyList<string>)
                    [
                        c.Number,
                        text.Clock(c.ReceivedAt),
                        c.CustomerName,
                        $"{c.Address}\n{c.Telephone}",
                        $"{c.ProductModel}\n{c.SerialNumber}",
                        c.Problem,
                        FormText.Of(c.ServiceType),
                        names(c.TechnicianId),
                        text.Clock(c.ArrivedAt),
                        c.Priority ? $"{FormText.Of(c.Status)}\n優先 Priority" : FormText.Of(c.Status),
                    ]).ToList()),
                new SignatureRow([new SignatureBox(new Label("業務員", "Clerk"), null, null), new SignatureBox(new Label("服務主任", "Supervisor"), null, null)]),
            ],
            $"call-register-{FormText.Date(query.Date)}.pdf");
        return printer.Print(form, text);
    }
}

public sealed class PrintCallRegisterValidator : AbstractValidator<PrintCallRegister>
{
    public PrintCallRegisterValidator()
    {
        RuleFor(q => q.UnitId).NotEmpty();
        RuleFor(q => q.Date).IsServiceDate();
    }
}
