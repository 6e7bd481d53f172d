using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSales.Application.Evaluations;

/// <summary>A closed month's figures as kept with its closure, read back exactly as they were written.</summary>
internal static class EvaluationSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(IReadOnlyList<TechnicianMonthDto> technicians) => JsonSerializer.Serialize(technicians, Options);

    public static IReadOnlyList<TechnicianMonthDto> Read(string snapshot) => JsonSerializer.Deserialize<List<TechnicianMonthDto>>(snapshot, Options)!;
}
