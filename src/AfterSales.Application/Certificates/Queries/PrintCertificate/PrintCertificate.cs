using AfterSales.Application.Printing;
using AfterSales.Domain.Customers;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Certificates.Queries.PrintCertificate;

/// <summary>服務憑證 (form 001) printed: the product, its customer, and every line of its service history.</summary>
public sealed record PrintCertificate(Guid CertificateId) : IQuery<PrintedForm>;

public sealed class PrintCertificateHandler(ISender sender, IApplicationDbContext db, FormPrinter printer) : IQueryHandler<PrintCertificate, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintCertificate query, CancellationToken cancellationToken)
    {
        var certificate = await sender.Send(new GetCertificate.GetCertificate(query.CertificateId), cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificate.CustomerId, cancellationToken)
            ?? throw new NotFoundException(nameof(Customer), certificate.CustomerId);
        var (unitName, text) = await printer.UnitAsync(certificate.UnitId, cancellationToken);
        var names = await printer.StaffNamesAsync(certificate.History.Select(h => h.ActorId), cancellationToken);
        var form = new FormDocument(
            "服表001",
            new Label("服務憑證", "Service certificate"),
            unitName,
            FormPaper.A4Portrait,
            [
                new FieldGrid([
                    new FormField(new Label("客戶", "Customer"), customer.Name),
                    new FormField(new Label("電話", "Telephone"), customer.Telephone),
                    new FormField(new Label("地址", "Address"), customer.Address),
                    new FormField(new Label("地區", "Zone"), FormText.Of(customer.Zone)),
                    new FormField(new Label("商品型號", "Model"), certificate.Model),
                    new FormField(new Label("製造號碼", "Serial number"), certificate.SerialNumber),
                    new FormField(new Label("銷售日期", "Sold on"), FormText.Date(certificate.SoldOn)),
                    new FormField(new Label("保證期限", "Warranty ends"), FormText.Date(certificate.WarrantyEndsOn)),
                ]),
                new FormTable(
                    new Label("服務記錄", "Service history"),
                    [
                        new TableColumn(new Label("日期時間", "When"), 2.2),
                        new TableColumn(new Label("事項", "Event"), 2.6),
                        new TableColumn(new Label("說明", "Details"), 5),
                        new TableColumn(new Label("經手人", "By"), 1.8),
                    ],
                    certificate.History.Select(h => (IReadOnlyList<string>)[text.Time(h.At), FormText.Of(h.Kind), h.Note ?? string.Empty, names(h.ActorId)]).ToList()),
            ],
            $"certificate-{certificate.SerialNumber}.pdf");
        return printer.Print(form, text);
    }
}
