namespace AfterSales.Domain.Common;

/// <summary>
/// Ids are UUIDv7 (RFC 9562): their first 48 bits are the Unix time in milliseconds at which the record was
/// made, so a record's creation instant is read off its id without a column for it.
/// </summary>
public static class TimeOrderedIds
{
    public static DateTimeOffset CreatedAt(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        long milliseconds = 0;
        for (var i = 0; i < 6; i++)
        {
            milliseconds = (milliseconds << 8) | bytes[i];
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
