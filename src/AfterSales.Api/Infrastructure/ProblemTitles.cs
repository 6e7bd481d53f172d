using System.Globalization;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// zh-TW: the problems' titles, and the validation messages our validators word themselves, in Traditional
/// Chinese when the request asks for it (Accept-Language), applied where every problem is written
/// (AddProblemDetails), whichever part of the API wrote it. FluentValidation's own messages follow the same
/// UI culture by themselves; the business rules' explanations (<c>detail</c>) stay in English.
/// A validator's message with no translation here fails <c>ProblemTextsTests</c>.
/// </summary>
internal static class ProblemTitles
{
    public static readonly CultureInfo TraditionalChinese = CultureInfo.GetCultureInfo("zh-TW");

    private static readonly Dictionary<string, string> ZhTw = new(StringComparer.Ordinal)
    {
        ["The request is not valid."] = "請求內容不正確。",
        ["The request is malformed."] = "請求格式錯誤。",
        ["The request body is too large."] = "請求內容過大。",
        ["Not found."] = "找不到資料。",
        ["Not Found"] = "找不到資料。",
        ["The record was destroyed."] = "資料已於保存年限屆滿後銷毀。",
        ["Not allowed."] = "無權執行此操作。",
        ["The resource has changed."] = "資料已被他人變更。",
        ["Conflict."] = "資料衝突。",
        ["Idempotency-Key reused."] = "Idempotency-Key 已用於其他請求。",
        ["The record's state does not allow this."] = "資料目前的狀態不允許此操作。",
        ["A business rule refused the change."] = "違反作業規定，變更未執行。",
        ["Too many requests."] = "請求次數過多，請稍後再試。",
        ["The database is unavailable."] = "資料庫暫時無法使用。",
        ["An unexpected error occurred."] = "發生未預期的錯誤。",
        ["Unauthorized"] = "未登入或憑證無效。",
        ["Forbidden"] = "無權執行此操作。",
        ["See errors for each field."] = "請參閱各欄位的錯誤說明。",
    };

    /// <summary>The messages given with <c>WithMessage</c> in the Application's validators.</summary>
    internal static readonly Dictionary<string, string> ValidationMessagesZhTw = new(StringComparer.Ordinal)
    {
        ["Only Declined is recorded here: renewing the contract sets Renewed, and a term that ends with no outcome reads as Lapsed."] = "此處只記錄「不續約」：續約會設為「已續約」，期滿而無結果者視為「已失效」。",
        ["Give the month as yyyy-MM."] = "月份請以 yyyy-MM 格式填寫。",
        ["Give the technicianId, or the unitId for all of a unit's technicians."] = "請填寫 technicianId；若要查詢單位內所有技術員，請填寫 unitId。",
        ["A staff member must act in at least one role."] = "人員至少須擔任一個角色。",
        ["A complaint written on a survey card is opened by keying in the card's answer."] = "寫在意見調查卡上的抱怨，請以登錄該卡的回覆來立案。",
        ["Give the customer, or the call the complaint is about."] = "請填寫客戶，或抱怨所涉及的叫修案件。",
        ["With a call, the customer is the call's; give one or the other."] = "填寫叫修案件時，客戶即為該案件的客戶；兩者請擇一填寫。",
        ["'to' must be on or after 'from'."] = "'to' 必須等於或晚於 'from'。",
        ["A period is at most three years."] = "期間最長為三年。",
        ["Telephone may hold digits, spaces and + ( ) - # only."] = "電話只能包含數字、空白及 + ( ) - # 符號。",
        ["Give the address, telephone or zone that is corrected."] = "請填寫要更正的地址、電話或區域。",
        ["Receipts, repair cards and movement lines are destroyed with their call; propose calls."] = "收據、修護卡及進出登記隨所屬叫修案件一併銷毀；請提出叫修案件。",
        ["Receipts, repair cards and movement lines are kept as long as their call; set the call's retention."] = "收據、修護卡及進出登記與所屬叫修案件保存相同年限；請設定叫修案件的保存年限。",
        ["Receipts, repair cards and movement lines are destroyed with their call; ask for calls."] = "收據、修護卡及進出登記隨所屬叫修案件一併銷毀；請查詢叫修案件。",
        ["Overriding the service type needs a reason (R6)."] = "變更服務類別須填寫理由（R6）。",
        ["The period ends before it begins."] = "期間的結束早於開始。",
        ["A printed register covers at most 31 days."] = "列印的登記簿最多涵蓋 31 天。",
        ["Code must be 2 to 8 capital letters or digits; it prefixes the unit's call and receipt numbers."] = "代碼須為 2 至 8 個大寫英文字母或數字，用作單位叫修及收據編號的字首。",
        ["Each weekday may appear only once."] = "每個星期幾只能出現一次。",
        ["A make-up workday needs its business hours."] = "補班日須填寫上班時段。",
        ["A holiday is listed twice."] = "假日重複列出。",
        ["Start must be a time as HH:mm."] = "開始時間須為 HH:mm 格式。",
        ["End must be a time as HH:mm (00:00 for midnight)."] = "結束時間須為 HH:mm 格式（午夜為 00:00）。",
        ["An interval must end after it starts."] = "時段的結束須晚於開始。",
        ["Currency must be an ISO 4217 code such as TWD."] = "幣別須為 ISO 4217 代碼，例如 TWD。",
        ["'{PropertyName}' must be a date and time between the years 2000 and 2200."] = "'{PropertyName}' 須為 2000 至 2200 年間的日期時間。",
        ["'{PropertyName}' must be a date between the years 1900 and 2200."] = "'{PropertyName}' 須為 1900 至 2200 年間的日期。",
        ["A correction needs its reason (A3)."] = "更正須填寫理由（A3）。",
        ["At risk lists the calls waiting for a technician; give it without status, date or priority."] = "「即將逾時」只列出等待派工或技術員到達的叫修，請勿同時指定 status、date 或 priority。",
        ["A webhook URL is an absolute http or https URL without user information."] = "Webhook 網址須為完整的 http 或 https 網址，且不含使用者資訊。",
        ["Give either the receipt's number (presented) or the reason it was lost, not both."] = "請填寫收據號碼（已出示）或遺失原因，兩者擇一，不可同時填寫。",
    };

    /// <summary>Translates a problem for the request's UI culture: its title and detail when they are ours, and each validation message.</summary>
    public static void Localize(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        if (CultureInfo.CurrentUICulture.Name != TraditionalChinese.Name)
        {
            return;
        }

        problem.Title = InUiCulture(problem.Title);
        problem.Detail = InUiCulture(problem.Detail);
        if (problem is Microsoft.AspNetCore.Http.HttpValidationProblemDetails validation)
        {
            foreach (var field in validation.Errors.Keys.ToList())
            {
                validation.Errors[field] = validation.Errors[field].Select(ValidationMessageInZhTw).ToArray();
            }
        }
    }

    /// <summary>
    /// A message as the validator formatted it: either one of ours word for word, or one of ours that names
    /// its field (<c>'{PropertyName}' …</c>, the field's name then stays as FluentValidation wrote it).
    /// </summary>
    private static string ValidationMessageInZhTw(string message)
    {
        if (ValidationMessagesZhTw.TryGetValue(message, out var translated))
        {
            return translated;
        }

        foreach (var (english, chinese) in ValidationMessagesZhTw)
        {
            const string field = "'{PropertyName}'";
            if (english.StartsWith(field, StringComparison.Ordinal) && message.StartsWith('\'') && message.EndsWith(english[field.Length..], StringComparison.Ordinal))
            {
                var name = message[..^(english.Length - field.Length)];
                return name + chinese[field.Length..];
            }
        }

        return message;
    }

    private static string? InUiCulture(string? title) =>
        title is not null && CultureInfo.CurrentUICulture.Name == TraditionalChinese.Name && ZhTw.TryGetValue(title, out var translated) ? translated : title;
}
