using System.Globalization;

namespace AfterSales.Application.Evaluations;

/// <summary>A month as the API writes it, <c>yyyy-MM</c>, and as the domain keeps it, its first day.</summary>
public static class MonthParameter
{
    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return false;
        }

        month = first;
        return first.Year is >= 2000 and <= 2100;
    }

    public static DateOnly Parse(string text) => TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month (yyyy-MM).");

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
