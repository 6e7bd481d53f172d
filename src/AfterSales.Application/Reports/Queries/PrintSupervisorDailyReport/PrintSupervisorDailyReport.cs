using System.Globalization;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Printing;
using AfterSales.Domain.Reports;
using Mediator;

namespace AfterSales.Application.Reports.Queries.PrintSupervisorDailyReport;

/// <summary>
/// 服務主任工作日報表 (form 007, R16) printed: the unit's hours of the day per technician and by type, the
/// register's figures, and the signatures of the chain so far (R17): submitted by the supervisor, signed
/// off by the branch manager, checked by the service department.
/// </summary>
public sealed record PrintSupervisorDailyReport(Guid UnitId, DateOnly Date) : IQuery<PrintedForm>;

public sealed class PrintSupervisorDailyReportHandler(ISender sender, FormPrinter printer) : IQueryHandler<PrintSupervisorDailyReport, PrintedForm>
{
    public async ValueTask<PrintedForm> Handle(PrintSupervisorDailyReport query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetSupervisorDailyReport.GetSupervisorDailyReport(query.UnitId, query.Date), cancellationToken);
        var (unitName, text) = await printer.UnitAsync(report.UnitId, cancellationToken);
        var submitted = report.Versions.Count > 0 ? report.Versions[^1] : null;
        var signedOff = report.Steps.LastOrDefault(s => s.Outcome == SupervisorDailyReportStatus.SignedOff && s.Version == submitted?.Number);
        var checkedBy = report.Steps.LastOrDefault(s => s.Outcome == SupervisorDailyReportStatus.Checked && s.Version == submitted?.Number);
        var names = await printer.StaffNamesAsync([submitted?.SubmittedBy, signedOff?.By, checkedBy?.By], cancellationToken);
        var day = report.Day;
        var register = day.Register;
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        var form = new FormDocument(
            "服表007",
            new Label("服務主任工作日報表", "Supervisor daily report"),
            unitName,
            FormPaper.A4Portrait,
            [
                new FieldGrid([
                    new FormField(new Label("日期", "Date"), FormText.Date(report.Date)),
                    new FormField(new Label("狀態", "State"), StateOf(report.State) + (report.Stale ? "（記錄已更動 records changed since）" : string.Empty)),
                ]),
                new FormTable(
                    new Label("技術員工作時數", "Hours by technician"),
                    [
                        new TableColumn(new Label("技術員", "Technician"), 2.6),
                        new TableColumn(new Label("a 計費", "a Paid"), 1),
                        new TableColumn(new Label("b 合約", "b Contract"), 1),
                        new TableColumn(new Label("c 免費", "c Free"), 1),
                        new TableColumn(new Label("d 行政", "d Admin"), 1),
                        new TableColumn(new Label("合計", "Total"), 1),
                    ],
                    day.Technicians.Select(t => (IReadOnlyList<string>)[t.Name, FormText.Hours(t.Paid), FormText.Hours(t.Contract), FormText.Hours(t.Free), FormText.Hours(t.Admin), FormText.Hours(t.Total)])
                        .Append(["合計 Total", FormText.Hours(day.Paid), FormText.Hours(day.Contract), FormText.Hours(day.Free), FormText.Hours(day.Admin), FormText.Hours(day.TotalHours)])
                        .ToList()),
                new FieldGrid(
                    [
                        new FormField(new Label("叫修", "Calls received"), N(register.Received)),
                        new FormField(new Label("派工", "Dispatched"), N(register.Dispatched)),
                        new FormField(new Label("未派轉次日", "Carried over"), N(register.CarriedOver)),
                        new FormField(new Label("準時到達", "Reached on time"), N(register.ArrivedOnTime)),
                        new FormField(new Label("逾時到達", "Reached late"), N(register.ArrivedLate)),
                        new FormField(new Label("現場完修", "Done on site"), N(register.FinishedOnSite)),
                        new FormField(new Label("攜回修護", "Taken to workshop"), N(register.TakenToWorkshop)),
                        new FormField(new Label("登出", "Closed"), N(register.Closed)),
                        new FormField(new Label("取消", "Cancelled"), N(register.Cancelled)),
                        new FormField(new Label("修護卡未結 / 逾期", "Cards open / late"), $"{N(register.CardsOpen)} / {N(register.CardsLate)}"),
                    ],
                    3),
                new SignatureRow([
                    new SignatureBox(new Label("服務主任", "Supervisor"), submitted is null ? null : names(submitted.SubmittedBy), text.Time(submitted?.SubmittedAt)),
                    new SignatureBox(new Label("經理核閱", "Branch manager"), signedOff is null ? null : names(signedOff.By), text.Time(signedOff?.At)),
                    new SignatureBox(new Label("服務部查核", "Service department"), checkedBy is null ? null : names(checkedBy.By), text.Time(checkedBy?.At)),
                ]),
            ],
            $"supervisor-daily-{FormText.Date(report.Date)}.pdf");
        return printer.Print(form, text);
    }

    private static string StateOf(SupervisorReportState state) => state switch
    {
        SupervisorReportState.Draft => "草稿 Draft",
        SupervisorReportState.Submitted => "已送 Submitted",
        SupervisorReportState.SignedOff => "經理已核閱 Signed off",
        SupervisorReportState.Checked => "服務部已查核 Checked",
        SupervisorReportState.Returned => "退回 Returned",
        _ => state.ToString(),
    };
}

public sealed class PrintSupervisorDailyReportValidator : AbstractValidator<PrintSupervisorDailyReport>
{
    public PrintSupervisorDailyReportValidator()
    {
        RuleFor(q => q.UnitId).NotEmpty();
        RuleFor(q => q.Date).IsServiceDate();
    }
}
