using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// The shape every message must have, whatever its own validator says, checked in one place before
/// any validator or handler runs: a required field is present, no collection holds a null or more
/// than <see cref="MaxItems"/> items, and no text holds a control character the database cannot keep
/// (NUL) or no person types (C0 controls other than tab and line breaks), or more than
/// <see cref="MaxTextLength"/> characters. A client that breaks these gets a 400, never a failure deeper in.
/// </summary>
public static class MessageShape
{
    /// <summary>The most items any list in a request may hold (parts of a completion, holidays, ids of a hand-over).</summary>
    public const int MaxItems = 200;

    /// <summary>The longest text any field may hold; fields with a tighter limit say so in their validator.</summary>
    public const int MaxTextLength = 4000;

    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<ValidationFailure> Check(object message)
    {
        var failures = new List<ValidationFailure>();
        CheckObject(message, string.Empty, failures, 0);
        return failures;
    }

    private static void CheckObject(object value, string path, List<ValidationFailure> failures, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var member in MembersOf(value.GetType()))
        {
            var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
            var memberValue = member.Property.GetValue(value);
            if (memberValue is null)
            {
                if (member.Required)
                {
                    failures.Add(new ValidationFailure(memberPath, $"'{memberPath}' is required."));
                }

                continue;
            }

            CheckValue(memberValue, memberPath, failures, depth);
        }
    }

    private static void CheckValue(object value, string path, List<ValidationFailure> failures, int depth)
    {
        switch (value)
        {
            case string text:
                CheckText(text, path, failures);
                break;
            case IEnumerable items:
                CheckItems(items, path, failures, depth);
                break;
            default:
                if (IsOurs(value.GetType()))
                {
                    CheckObject(value, path, failures, depth + 1);
                }

                break;
        }
    }

    private static void CheckItems(IEnumerable items, string path, List<ValidationFailure> failures, int depth)
    {
        var index = 0;
        foreach (var item in items)
        {
            if (index == MaxItems)
            {
                failures.Add(new ValidationFailure(path, $"'{path}' may hold at most {MaxItems} items."));
                return;
            }

            var itemPath = $"{path}[{index}]";
            if (item is null)
            {
                failures.Add(new ValidationFailure(itemPath, $"'{itemPath}' must not be null."));
            }
            else
            {
                CheckValue(item, itemPath, failures, depth + 1);
            }

            index++;
        }
    }

    private static void CheckText(string text, string path, List<ValidationFailure> failures)
    {
        if (text.Length > MaxTextLength)
        {
            failures.Add(new ValidationFailure(path, $"'{path}' may be at most {MaxTextLength} characters long."));
        }
        else if (ContainsControlCharacter(text))
        {
            failures.Add(new ValidationFailure(path, $"'{path}' must not contain control characters such as NUL (only tab and line breaks)."));
        }
    }

    /// <summary>NUL cannot be stored by PostgreSQL at all; the other C0 controls are never typed by a person.</summary>
    public static bool ContainsControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("AfterSales.", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive;

    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null && p.DeclaringType != typeof(object))
            .Where(p => p.Name != "EqualityContract")
            .Select(p => new Member(p, p.Name, IsRequiredReference(p)))
            .ToArray());

    private static bool IsRequiredReference(PropertyInfo property)
    {
        if (property.PropertyType.IsValueType)
        {
            return false;
        }

        lock (Nullability)
        {
            return Nullability.Create(property).ReadState == NullabilityState.NotNull;
        }
    }

    private sealed record Member(PropertyInfo Property, string Name, bool Required);
}
