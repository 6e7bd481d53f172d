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

    public static ValueComparer<TValue> ByReference<TValue>()
        where TValue : class =>
        new((a, b) => ReferenceEquals(a, b), v => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v), v => v);
}
