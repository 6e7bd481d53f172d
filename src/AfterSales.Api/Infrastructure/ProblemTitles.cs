using System.Globalization;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// zh-TW: the problems' titles in Traditional Chinese when the request asks for it (Accept-Language),
/// applied where every problem is written (AddProblemDetails), whichever part of the API wrote it.
/// FluentValidation's own messages follow the same UI culture; the rules' explanations stay in English.
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
    };

    public static string? InUiCulture(string? title) =>
        title is not null && CultureInfo.CurrentUICulture.Name == TraditionalChinese.Name && ZhTw.TryGetValue(title, out var translated) ? translated : title;
}
