using AfterSales.Api.Infrastructure;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Kpis;
using AfterSales.Application.Registers.Queries.GetProductMovements;
using AfterSales.Application.Reports;

namespace AfterSales.Api.Endpoints;

/// <summary>The columns of each report answered as CSV: labels as on the company's forms, English beside them.</summary>
internal static class CsvTables
{
    private static readonly string[] CallColumns =
    [
        "叫修單號 Number", "收件時間 Received", "客戶 Customer", "地址 Address", "電話 Telephone", "機型 Model", "機號 Serial",
        "故障情形 Problem", "區域 Zone", "服務類別 Type", "狀態 Status", "派工期限 Deadline", "到達 Arrived", "準時 On time",
    ];

    private static readonly string[] MovementColumns =
    [
        "序號 Sequence", "日期 Date", "時間 At", "進出 Direction", "領取收據 Receipt", "客戶 Customer", "機型 Model", "機號 Serial",
    ];

    private static readonly string[] DayColumns = ["類別 Type", "來源 Source", "單號 Reference", "時數 Hours", "工作內容 Description"];

    private static readonly string[] UnitDayColumns =
    [
        "技術員 Technician", "a 收費 Paid", "b 合約 Contract", "c 免費 Free", "d 行政 Admin", "合計 Total",
    ];

    private static readonly string[] KpiColumns =
    [
        "分組 Group", "K1 準時 On time", "K1 件數 Calls", "K1 %", "K1 目標 Target", "K2 滿意 Satisfied items", "K2 作答 Answered items", "K2 %", "K2 目標 Target",
        "K3 服務疏失 Fault complaints", "K3 件數 Calls", "K3 %", "K3 目標 Target", "未判定 Not yet judged",
    ];

    /// <summary>服表002: the call register, a page of it.</summary>
    public static CsvTable Calls(Page<CallDto> page, HttpContext http) => CsvExport.Paged(page, CallColumns, c =>
    [
        c.Number, c.ReceivedAt.Text(), c.CustomerName, c.Address, c.Telephone, c.ProductModel, c.SerialNumber, c.Problem,
        c.Zone.ToString(), c.ServiceType.ToString(), c.Status.ToString(), c.DispatchDeadline.Text(), c.ArrivedAt?.Text(),
        c.DeadlineMet switch { true => "Y", false => "N", null => null },
    ], $"call-register-{http.Request.Query["date"]}.csv");

    /// <summary>服表004: the product movement register of a day, a page of it.</summary>
    public static CsvTable Movements(Page<ProductMovementDto> page, HttpContext http) => CsvExport.Paged(page, MovementColumns, m =>
    [
        m.Sequence.Text(), m.Date.Text(), m.At.Text(), m.Direction.ToString(), m.ReceiptNumber, m.CustomerName, m.ProductModel, m.SerialNumber,
    ], $"product-movements-{http.Request.Query["date"]}.csv");

    /// <summary>服表006: the technician's day, a line for each piece of work.</summary>
    public static CsvTable TechnicianDay(TechnicianDailyReportDto report, HttpContext http) => new(
        DayColumns,
        report.Day.Items.Select(i => (IReadOnlyList<string?>)[i.Type.ToString(), i.Source.ToString(), i.Reference, ((decimal?)i.Hours).Text(), i.Description]),
        $"technician-day-{report.Date.Text()}.csv");

    /// <summary>服表007: the unit's day, a row of hours by type a–d for each technician and one for the unit.</summary>
    public static CsvTable UnitDay(SupervisorDailyReportDto report, HttpContext http) => new(
        UnitDayColumns,
        report.Day.Technicians.Select(t => (IReadOnlyList<string?>)[t.Name, ((decimal?)t.Paid).Text(), ((decimal?)t.Contract).Text(), ((decimal?)t.Free).Text(), ((decimal?)t.Admin).Text(), ((decimal?)t.Total).Text()])
            .Append(["合計 Total", ((decimal?)report.Day.Paid).Text(), ((decimal?)report.Day.Contract).Text(), ((decimal?)report.Day.Free).Text(), ((decimal?)report.Day.Admin).Text(), ((decimal?)report.Day.TotalHours).Text()]),
        $"unit-day-{report.Date.Text()}.csv");

    /// <summary>K1–K3: a row for each group and one for the total.</summary>
    public static CsvTable Kpis(KpiReportDto report, HttpContext http) => new(
        KpiColumns,
        report.Groups.Append(report.Total).Select(g => (IReadOnlyList<string?>)
        [
            g.Label, g.OnTime.Numerator.Text(), g.OnTime.Denominator.Text(), g.OnTime.Percent.Text(), g.OnTime.TargetPercent.Text(),
            g.Satisfaction.Numerator.Text(), g.Satisfaction.Denominator.Text(), g.Satisfaction.Percent.Text(), g.Satisfaction.TargetPercent.Text(),
            g.ComplaintRate.Numerator.Text(), g.ComplaintRate.Denominator.Text(), g.ComplaintRate.Percent.Text(), g.ComplaintRate.TargetPercent.Text(),
            g.ComplaintsNotYetJudged.Text(),
        ]),
        $"kpi-{report.From.Text()}-{report.To.Text()}.csv");
}
