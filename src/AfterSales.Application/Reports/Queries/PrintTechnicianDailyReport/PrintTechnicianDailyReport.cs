using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Printing;
using AfterSales.Domain.Reports;
using Mediator;

namespace AfterSales.Application.Reports.Queries.PrintTechnicianDailyReport;

/// <summary>
/// 技術員工作日報表 (form 006, R15) printed: the day's hours by type a–d, the lines behind them, and who
/// submitted and reviewed it. A day not yet submitted prints as a draft.
/// </summary>
public sealed record PrintTechnicianDailyReport(Guid TechnicianId, DateOnly Date) : IQuery<PrintedForm>;

public sealed class PrintTechnicianDailyReportHandler(ISender sender, FormPrinter printer) : IQueryHandler<PrintTechnicianDailyReport, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintTechnicianDailyReport query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetTechnicianDailyReport.GetTechnicianDailyReport(query.TechnicianId, query.Date), cancellationToken);
        var (unitName, text) = await printer.UnitAsync(report.UnitId, cancellationToken);
        var submitted = report.Versions.Count > 0 ? report.Versions[^1] : null;
        var reviewed = report.Events.LastOrDefault(e => e.Outcome == TechnicianDailyReportStatus.Reviewed && e.Version == submitted?.Number);
        var names = await printer.StaffNamesAsync([report.TechnicianId, submitted?.SubmittedBy, reviewed?.By], cancellationToken);
        var day = report.Day;
        var form = new FormDocument(
            "服表006",
            new Label("技術員工作日報表", "Technician daily report"),
            unitName,
            FormPaper.A4Portrait,
            [
                new FieldGrid([
                    new FormField(new Label("技術員", "Technician"), names(report.TechnicianId)),
                    new FormField(new Label("日期", "Date"), FormText.Date(report.Date)),
                    new FormField(new Label("狀態", "State"), StateOf(report.State) + (report.Stale ? "（記錄已更動 records changed since）" : string.Empty)),
                    new FormField(new Label("總時數", "Total hours"), FormText.Hours(day.TotalHours)),
                    new FormField(new Label("a 計費服務", "a Paid"), FormText.Hours(day.PaidHours)),
                    new FormField(new Label("b 合約服務", "b Contract"), FormText.Hours(day.ContractHours)),
                    new FormField(new Label("c 免費服務", "c Free"), FormText.Hours(day.FreeHours)),
                    new FormField(new Label("d 行政工作", "d Admin"), FormText.Hours(day.AdminHours)),
                ]),
                new FormTable(
                    new Label("工作明細", "Work of the day"),
                    [
                        new TableColumn(new Label("類別", "Type"), 1.8),
                        new TableColumn(new Label("來源", "From"), 1.8),
                        new TableColumn(new Label("編號", "Reference"), 2.2),
                        new TableColumn(new Label("時數", "Hours"), 0.9),
                        new TableColumn(new Label("工作內容", "Work done"), 4.8),
                    ],
                    day.Items.Select(i => (IReadOnlyList<string>)[FormText.Of(i.Type), FormText.Of(i.Source), i.Reference, FormText.Hours(i.Hours), i.Description]).ToList()),
                new SignatureRow([
                    new SignatureBox(new Label("技術員", "Technician"), submitted is null ? null : names(submitted.SubmittedBy), text.Time(submitted?.SubmittedAt)),
                    new SignatureBox(new Label("服務主任核閱", "Reviewed by the supervisor"), reviewed is null ? null : names(reviewed.By), text.Time(reviewed?.At)),
                ]),
            ],
            $"technician-daily-{FormText.Date(report.Date)}.pdf");
        return printer.Print(form, text);
    }

    private static string StateOf(DailyReportState state) => state switch
    {
        DailyReportState.Draft => "草稿 Draft",
        DailyReportState.Missing => "未繳 Missing",
        DailyReportState.Submitted => "已送 Submitted",
        DailyReportState.Reviewed => "已核閱 Reviewed",
        DailyReportState.Returned => "退回 Returned",
        _ => state.ToString(),
    };
}

public sealed class PrintTechnicianDailyReportValidator : AbstractValidator<PrintTechnicianDailyReport>
{
    public PrintTechnicianDailyReportValidator()
    {
        RuleFor(q => q.TechnicianId).NotEmpty();
        RuleFor(q => q.Date).IsServiceDate();
    }
}
