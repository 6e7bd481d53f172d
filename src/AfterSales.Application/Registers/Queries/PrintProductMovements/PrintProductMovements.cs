using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Printing;
using AfterSales.Application.Registers.Queries.GetProductMovements;
using Mediator;

namespace AfterSales.Application.Registers.Queries.PrintProductMovements;

/// <summary>客戶商品進出登記簿 (form 004) printed: a unit's products in and out over a day or a period of up to a month, in the order written.</summary>
public sealed record PrintProductMovements(Guid UnitId, DateOnly From, DateOnly To) : IQuery<PrintedForm>;

public sealed class PrintProductMovementsHandler(ISender sender, ICurrentUser user, FormPrinter printer) : IQueryHandler<PrintProductMovements, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintProductMovements query, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(query.UnitId) ?? query.UnitId;
        var movements = new List<ProductMovementDto>();
        for (var day = query.From; day <= query.To; day = day.AddDays(1))
        {
            string? cursor = null;
            do
            {
                var page = await sender.Send(new GetProductMovements.GetProductMovements(unitId, day, cursor, Cursor.MaxLimit), cancellationToken);
                movements.AddRange(page.Items);
                cursor = page.NextCursor;
            }
            while (cursor is not null);
        }

        var (unitName, text) = await printer.UnitAsync(unitId, cancellationToken);
        var period = query.From == query.To ? FormText.Date(query.From) : $"{FormText.Date(query.From)} – {FormText.Date(query.To)}";
        var form = new FormDocument(
            "服表004",
            new Label("客戶商品進出登記簿", "Product movement register"),
            unitName,
            FormPaper.A4Landscape,
            [
                new FieldGrid([
                    new FormField(new Label("期間", "Period"), period),
                    new FormField(new Label("進 / 出", "In / out"), $"{movements.Count(m => m.Direction == Domain.Registers.MovementDirection.In)} / {movements.Count(m => m.Direction == Domain.Registers.MovementDirection.Out)}"),
                ]),
                new FormTable(
                    new Label("進出記錄", "Movements"),
                    [
                        new TableColumn(new Label("日期時間", "When"), 2),
                        new TableColumn(new Label("進出", "In/out"), 1),
                        new TableColumn(new Label("收據號碼", "Receipt"), 2.2),
                        new TableColumn(new Label("客戶名稱", "Customer"), 2.4),
                        new TableColumn(new Label("商品型號", "Model"), 2),
                        new TableColumn(new Label("製造號碼", "Serial number"), 2.4),
                        new TableColumn(new Label("登記時間", "Written"), 2),
                    ],
                    movements.Select(m => (IReadOnlyList<string>)
                        [text.Time(m.At), FormText.Of(m.Direction), m.ReceiptNumber, m.CustomerName, m.ProductModel, m.SerialNumber, text.Time(m.RecordedAt)]).ToList()),
                new SignatureRow([new SignatureBox(new Label("業務員", "Clerk"), null, null), new SignatureBox(new Label("服務主任", "Supervisor"), null, null)]),
            ],
            $"product-movements-{FormText.Date(query.From)}-{FormText.Date(query.To)}.pdf");
        return printer.Print(form, text);
    }
}

public sealed class PrintProductMovementsValidator : AbstractValidator<PrintProductMovements>
{
    public PrintProductMovementsValidator()
    {
        RuleFor(q => q.UnitId).NotEmpty();
        RuleFor(q => q.From).IsServiceDate();
        RuleFor(q => q.To).IsServiceDate()
            .GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends before it begins.")
            .LessThan(q => q.From.AddDays(31)).WithMessage("A printed register covers at most 31 days.");
    }
}
