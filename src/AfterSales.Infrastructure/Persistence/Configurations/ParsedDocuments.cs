using System.Collections.Concurrent;
using System.Text.Json;
using AfterSales.Application.Units;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Units;

namespace AfterSales.Infrastructure.Persistence.Configurations;

/// <summary>
/// A unit's calendar and policy as read from their jsonb, kept by the exact text they were read from. Every
/// registration reads its unit, and parsing the calendar (the week, a year of holidays and make-up days, the zone)
/// was about 3 % of a register's CPU (docs/architecture.md, "Performance"). Both values are immutable, so one parse
/// serves every later read of the same text; a changed calendar is other text, parsed on its first read.
/// </summary>
internal static class ParsedDocuments
{
    /// <summary>Far more than the units a company has; past it the cache starts again rather than grow.</summary>
    private const int Capacity = 256;

    private static readonly ConcurrentDictionary<string, WorkingCalendar> Calendars = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, ServicePolicy> Policies = new(StringComparer.Ordinal);

    public static WorkingCalendar Calendar(string json) =>
        Parsed(Calendars, json, static text => JsonSerializer.Deserialize<CalendarDto>(text, JsonColumn.Options)!.ToCalendar());

    public static ServicePolicy Policy(string json) =>
        Parsed(Policies, json, static text => JsonSerializer.Deserialize<PolicyDto>(text, JsonColumn.Options)!.ToPolicy());

    private static T Parsed<T>(ConcurrentDictionary<string, T> cache, string json, Func<string, T> parse)
        where T : class
    {
        if (cache.TryGetValue(json, out var parsed))
        {
            return parsed;
        }

        parsed = parse(json);
        if (cache.Count >= Capacity)
        {
            cache.Clear();
        }

        cache.TryAdd(json, parsed);
        return parsed;
    }
}
