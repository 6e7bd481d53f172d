using AfterSales.Application.Calls.Queries.GetCall;
using AfterSales.Application.Printing;
using Mediator;

namespace AfterSales.Application.Registers.Queries.PrintPickupReceipt;

/// <summary>
/// 客戶商品領取收據 (form 003) printed: what the customer keeps while the product is away (R11) and
/// presents to get it back (R12). A receipt taken back prints VOID across it.
/// </summary>
public sealed record PrintPickupReceipt(string Number) : IQuery<PrintedForm>;

public sealed class PrintPickupReceiptHandler(ISender sender, FormPrinter printer) : IQueryHandler<PrintPickupReceipt, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintPickupReceipt query, CancellationToken cancellationToken)
    {
        var receipt = await sender.Send(new GetPickupReceipt.GetPickupReceipt(query.Number), cancellationToken);
        var call = await sender.Send(new GetCall(receipt.CallId), cancellationToken);
        var (unitName, text) = await printer.UnitAsync(receipt.UnitId, cancellationToken);
        var names = await printer.StaffNamesAsync([call.TechnicianId], cancellationToken);
        var blocks = new List<FormBlock>
        {
            new FieldGrid([
                new FormField(new Label("收據號碼", "Receipt number"), receipt.Number),
                new FormField(new Label("叫修編號", "Call number"), call.Number),
                new FormField(new Label("客戶", "Customer"), receipt.CustomerName),
                new FormField(new Label("電話", "Telephone"), call.Telephone),
                new FormField(new Label("地址", "Address"), call.Address),
                new FormField(new Label("故障情形", "Problem"), call.Problem),
                new FormField(new Label("商品型號", "Model"), receipt.ProductModel),
                new FormField(new Label("製造號碼", "Serial number"), receipt.SerialNumber),
                new FormField(new Label("攜回日期", "Taken on"), text.Time(receipt.IssuedAt)),
                new FormField(new Label("預定修妥", "Promised by"), text.Time(receipt.PromisedAt)),
            ]),
            new Paragraphs([
                "本收據為領取商品之憑證，領取商品時請出示本收據；商品交還時收回本收據並予作廢。",
                "Present this receipt to collect the product. It is taken back and voided when the product is returned.",
            ]),
            new SignatureRow([
                new SignatureBox(new Label("技術員", "Technician"), names(call.TechnicianId), text.Time(receipt.IssuedAt)),
                new SignatureBox(new Label("客戶簽認", "Customer"), call.CustomerSignature?.SignerName, text.Time(call.CustomerSignature?.SignedAt)),
            ]),
        };
        if (receipt.VoidedAt is { } voidedAt)
        {
            blocks.Add(new FieldGrid([new FormField(new Label("作廢", "Voided"), text.Time(voidedAt)), new FormField(new Label("說明", "Note"), receipt.LostReason ?? string.Empty)]));
        }

        var form = new FormDocument("服表003", new Label("客戶商品領取收據", "Customer's pickup receipt"), unitName, FormPaper.A4Portrait, blocks, $"pickup-receipt-{receipt.Number}.pdf")
        {
            Void = receipt.IsVoid,
        };
        return printer.Print(form, text);
    }
}

public sealed class PrintPickupReceiptValidator : AbstractValidator<PrintPickupReceipt>
{
    public PrintPickupReceiptValidator()
    {
        RuleFor(q => q.Number).NotEmpty().MaximumLength(64);
    }
}
