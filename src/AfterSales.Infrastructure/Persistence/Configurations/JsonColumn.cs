using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AfterSales.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores a value object as jsonb through a document type, so the domain keeps its invariants and
/// the database keeps a readable shape. Values are immutable: a change is a new instance. Converters are
/// written as lambdas over static members, never as captured delegates, so EF's compiled model
/// (Persistence/CompiledModel) can be generated from them.
/// </summary>
internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Compares mutable lists by their JSON, so items added in place are saved.</summary>
    public static ValueComparer<List<T>> ListByContent<T>() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Options), Options)!);

    public static ValueConverter<List<T>, string> ListConverter<T>() =>
        new(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>());

    public static ValueComparer<TValue> ByReference<TValue>()
        where TValue : class =>
        new((a, b) => ReferenceEquals(a, b), v => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v), v => v);
}
