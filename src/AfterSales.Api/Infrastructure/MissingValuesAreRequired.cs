using System.Text.Json.Serialization.Metadata;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// A body that leaves out a value-type field (an enum, a bool, a number, an id, a date) would
/// otherwise bind to its default: a missing severity would read as the first enum value, a missing
/// flag as false. Every constructor parameter of our request types that is a non-nullable value type
/// with no default of its own is therefore required, so leaving it out is a 400 like any bad JSON.
/// Missing text and objects are caught by the message shape check, which sees their nulls.
/// </summary>
internal static class MissingValuesAreRequired
{
    public static void Apply(JsonTypeInfo type)
    {
        // Only our own named request types: anonymous answers (a problem's extension) are written, never read.
        if (type.Kind != JsonTypeInfoKind.Object
            || type.Type.Assembly.GetName().Name?.StartsWith("AfterSales.", StringComparison.Ordinal) != true
            || type.Type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false }
                && property.PropertyType.IsValueType
                && Nullable.GetUnderlyingType(property.PropertyType) is null)
            {
                property.IsRequired = true;
            }
        }
    }
}
