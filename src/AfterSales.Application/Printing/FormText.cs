using System.Globalization;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Registers;
using AfterSales.Domain.Reports;
using AfterSales.Domain.RepairCards;
using AfterSales.Domain.Units;

namespace AfterSales.Application.Printing;

/// <summary>
/// How values read on a printed form: times in the unit's own zone (a form is read in the unit, whatever
/// the server's zone), and the regulation's words for states and kinds.
/// </summary>
public sealed class FormText(TimeZoneInfo zone)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public TimeZoneInfo Zone => zone;

    public string Time(DateTimeOffset? instant) =>
        instant is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", Invariant) : string.Empty;

    public string Clock(DateTimeOffset? instant) =>
        instant is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm", Invariant) : string.Empty;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant) ?? string.Empty;

    public static string Hours(decimal? hours) => hours?.ToString("0.##", Invariant) ?? string.Empty;

    public static string Amount(decimal? amount, string? currency) =>
        amount is { } value ? $"{currency} {value.ToString("#,0.##", Invariant)}".Trim() : string.Empty;

    public static string Number(decimal value) => value.ToString("0.###", Invariant);

    public static string Of(ServiceType type) => type switch
    {
        ServiceType.Paid => "計費服務 Paid",
        ServiceType.Contract => "合約服務 Contract",
        ServiceType.Free => "免費服務 Free",
        ServiceType.Admin => "行政工作 Admin",
        _ => type.ToString(),
    };

    public static string Of(CallStatus status) => status switch
    {
        CallStatus.Registered => "已登記 Registered",
        CallStatus.Dispatched => "已派工 Dispatched",
        CallStatus.Arrived => "已到達 Arrived",
        CallStatus.CompletedOnSite => "現場完修 Done on site",
        CallStatus.InTransit => "攜回途中 In transit",
        CallStatus.InWorkshop => "送修中 In workshop",
        CallStatus.Closed => "已登出 Closed",
        CallStatus.Cancelled => "已取消 Cancelled",
        _ => status.ToString(),
    };

    public static string Of(CallChannel channel) => channel switch
    {
        CallChannel.Phone => "電話 Phone",
        CallChannel.Letter => "函件 Letter",
        CallChannel.WalkIn => "親臨 Walk-in",
        CallChannel.Web => "網路 Web",
        _ => channel.ToString(),
    };

    public static string Of(ServiceZone zone) => zone switch
    {
        ServiceZone.Urban => "市區 Urban",
        ServiceZone.Suburban => "郊區 Suburban",
        _ => zone.ToString(),
    };

    public static string Of(MovementDirection direction) => direction switch
    {
        MovementDirection.In => "進 In",
        MovementDirection.Out => "出 Out",
        _ => direction.ToString(),
    };

    public static string Of(RepairCardStatus status) => status switch
    {
        RepairCardStatus.InRepair => "修護中 In repair",
        RepairCardStatus.AwaitingInspection => "待驗 Awaiting inspection",
        RepairCardStatus.Passed => "驗訖 Passed",
        RepairCardStatus.Closed => "已交還 Returned",
        _ => status.ToString(),
    };

    public static string Of(DailyWorkSource source) => source switch
    {
        DailyWorkSource.OnSiteCall => "現場服務 On site",
        DailyWorkSource.RepairCard => "送修修護 Workshop",
        DailyWorkSource.AdminWork => "行政工作 Admin",
        _ => source.ToString(),
    };

    public static string Of(AdminWorkCategory category) => category switch
    {
        AdminWorkCategory.Inspection => "工作檢查 Inspection",
        AdminWorkCategory.PartsManagement => "零件管理 Parts",
        AdminWorkCategory.ToolUpkeep => "工具維護 Tools",
        AdminWorkCategory.Training => "在職訓練 Training",
        AdminWorkCategory.Other => "其他 Other",
        _ => category.ToString(),
    };

    public static string Of(ComplaintSeverity severity) => severity switch
    {
        ComplaintSeverity.Serious => "情節重大 Serious",
        ComplaintSeverity.General => "一般性質 General",
        _ => severity.ToString(),
    };

    public static string Of(ServiceEventKind kind) => kind switch
    {
        ServiceEventKind.CallRegistered => "叫修登記 Call registered",
        ServiceEventKind.Dispatched => "派工 Dispatched",
        ServiceEventKind.Reassigned => "改派 Reassigned",
        ServiceEventKind.Arrived => "到達現場 Arrived",
        ServiceEventKind.CompletedOnSite => "現場完修 Done on site",
        ServiceEventKind.CustomerSigned => "客戶簽認 Customer signed",
        ServiceEventKind.TakenToWorkshop => "攜回修護 Taken to workshop",
        ServiceEventKind.ReceivedIntoWorkshop => "送交業務員 Received at the unit",
        ServiceEventKind.PickupReceiptIssued => "開立領取收據 Receipt issued",
        ServiceEventKind.ProductIn => "商品進 Product in",
        ServiceEventKind.RepairCardOpened => "填具修護卡 Repair card opened",
        ServiceEventKind.RepairWork => "修護 Repair work",
        ServiceEventKind.PartReplaced => "配換零件 Part replaced",
        ServiceEventKind.InspectionPassed => "主任驗訖 Inspection passed",
        ServiceEventKind.InspectionFailed => "驗收未過 Inspection failed",
        ServiceEventKind.ProductOut => "商品出 Product out",
        ServiceEventKind.PickupReceiptVoided => "收據作廢 Receipt voided",
        ServiceEventKind.CertificateFiled => "服務憑證歸檔 Certificate filed",
        ServiceEventKind.CallClosed => "登出 Call closed",
        ServiceEventKind.CallCancelled => "取消 Cancelled",
        ServiceEventKind.LateRepairReported => "逾期呈報 Late repair reported",
        ServiceEventKind.LateRepairAnswered => "逾期處理 Late repair answered",
        ServiceEventKind.ArrivalCorrected => "更正到達時間 Arrival corrected",
        ServiceEventKind.WorkHoursCorrected => "更正工時 Hours corrected",
        _ => kind.ToString(),
    };
}
