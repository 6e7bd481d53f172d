using System.Buffers.Text;

namespace AfterSales.Application.Common.Paging;

/// <summary>A page of a keyset-paginated list; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Opaque cursors: the sort key of the last item seen, encoded so clients do not build them.</summary>
public static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static string Encode(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    public static Guid? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            return bytes.Length == 16 ? new Guid(bytes, bigEndian: true) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw Invalid();
        }
    }

    public static string Encode(long lastSequence) => Base64Url.EncodeToString(BitConverter.GetBytes(lastSequence));

    public static long? DecodeSequence(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            return bytes.Length == 8 ? BitConverter.ToInt64(bytes) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw Invalid();
        }
    }

    /// <summary>A cursor for lists ordered by a date, then by id (contracts by end date).</summary>
    public static string Encode(DateOnly lastDate, Guid lastId) =>
        Base64Url.EncodeToString([.. BitConverter.GetBytes(lastDate.DayNumber), .. lastId.ToByteArray(bigEndian: true)]);

    public static (DateOnly Date, Guid Id)? DecodeDated(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            if (bytes.Length != 20)
            {
                throw new FormatException();
            }

            var dayNumber = BitConverter.ToInt32(bytes, 0);
            if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
            {
                throw new FormatException();
            }

            return (DateOnly.FromDayNumber(dayNumber), new Guid(bytes.AsSpan(4), bigEndian: true));
        }
        catch (FormatException)
        {
            throw Invalid();
        }
    }

    /// <summary>The 400 for a cursor this API did not give out (or one that was tampered with).</summary>
    public static FluentValidation.ValidationException Invalid() =>
        new([new FluentValidation.Results.ValidationFailure("cursor", "The cursor is not one this API gave out.")]);

    public static Page<T> ToPage<T>(List<T> fetched, int limit, Func<T, long> key) =>
        fetched.Count > limit
            ? new Page<T>(fetched.Take(limit).ToList(), Encode(key(fetched[limit - 1])))
            : new Page<T>(fetched, null);

    public static Page<T> ToPage<T>(List<T> fetched, int limit, Func<T, Guid> key) =>
        fetched.Count > limit
            ? new Page<T>(fetched.Take(limit).ToList(), Encode(key(fetched[limit - 1])))
            : new Page<T>(fetched, null);

}
