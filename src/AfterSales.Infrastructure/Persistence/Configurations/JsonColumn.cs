using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AfterSales.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores a value object as jsonb through a document type, so the domain keeps its invariants and
/// the database keeps a readable shape. Values are immutable: a change is a new instance.
/// </summary>
internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static ValueConverter<TValue, string> Converter<TValue, TDocument>(Func<TValue, TDocument> toDocument, Func<TDocument, TValue> fromDocument) =>
        new(
            value => JsonSerializer.Serialize(toDocument(value), Options),
            json => fromDocument(JsonSerializer.Deserialize<TDocument>(json, Options)!));

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
