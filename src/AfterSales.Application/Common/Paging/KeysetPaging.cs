using System.Linq.Expressions;
using AfterSales.Application.Common.Mapping;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Paging;

/// <summary>
/// The one keyset page of the lists ordered by a single key (an id or a sequence): rows after the
/// cursor's key, in key order, one more than asked to know whether a next page exists.
/// </summary>
public static class KeysetPaging
{
    public static Task<Page<TAnswer>> PageByIdAsync<T, TAnswer>(
        this IQueryable<T> query, Expression<Func<T, Guid>> key, string? cursor, int? limit, Func<T, TAnswer> answer, CancellationToken cancellationToken) =>
        PageAsync(query, key, Cursor.Decode(cursor), limit, answer, Cursor.Encode, cancellationToken);

    public static Task<Page<TAnswer>> PageBySequenceAsync<T, TAnswer>(
        this IQueryable<T> query, Expression<Func<T, long>> key, string? cursor, int? limit, Func<T, TAnswer> answer, CancellationToken cancellationToken) =>
        PageAsync(query, key, Cursor.DecodeSequence(cursor), limit, answer, Cursor.Encode, cancellationToken);

    /// <summary>A page read straight into answers by a SQL projection (only the columns they hold).</summary>
    public static Task<Page<TAnswer>> ProjectPageByIdAsync<T, TAnswer>(
        this IQueryable<T> query, Expression<Func<T, Guid>> key, Func<TAnswer, Guid> answerKey, string? cursor, int? limit, CancellationToken cancellationToken) =>
        ProjectPageAsync(query, key, answerKey, Cursor.Decode(cursor), limit, Cursor.Encode, cancellationToken);

    public static Task<Page<TAnswer>> ProjectPageBySequenceAsync<T, TAnswer>(
        this IQueryable<T> query, Expression<Func<T, long>> key, Func<TAnswer, long> answerKey, string? cursor, int? limit, CancellationToken cancellationToken) =>
        ProjectPageAsync(query, key, answerKey, Cursor.DecodeSequence(cursor), limit, Cursor.Encode, cancellationToken);

    private static async Task<Page<TAnswer>> ProjectPageAsync<T, TKey, TAnswer>(
        IQueryable<T> query, Expression<Func<T, TKey>> key, Func<TAnswer, TKey> answerKey, TKey? after, int? limit, Func<TKey, string> encode, CancellationToken cancellationToken)
        where TKey : struct
    {
        var size = limit ?? Cursor.DefaultLimit;
        var rows = await After(query, key, after).OrderBy(key).Take(size + 1).ProjectToType<TAnswer>(Mappings.Config).ToListAsync(cancellationToken);
        return rows.Count <= size
            ? new Page<TAnswer>(rows, null)
            : new Page<TAnswer>(rows.Take(size).ToList(), encode(answerKey(rows[size - 1])));
    }

    private static IQueryable<T> After<T, TKey>(IQueryable<T> query, Expression<Func<T, TKey>> key, TKey? after)
        where TKey : struct
    {
        if (after is not { } last)
        {
            return query;
        }

        // key > last, with last as a parameter of the SQL (not a literal), on the key's index.
        Expression<Func<TKey>> boxed = () => last;
        return query.Where(Expression.Lambda<Func<T, bool>>(Expression.GreaterThan(key.Body, boxed.Body), key.Parameters));
    }

    private static async Task<Page<TAnswer>> PageAsync<T, TKey, TAnswer>(
        IQueryable<T> query, Expression<Func<T, TKey>> key, TKey? after, int? limit, Func<T, TAnswer> answer, Func<TKey, string> encode, CancellationToken cancellationToken)
        where TKey : struct
    {
        var size = limit ?? Cursor.DefaultLimit;
        var rows = await After(query, key, after).OrderBy(key).Take(size + 1).ToListAsync(cancellationToken);
        if (rows.Count <= size)
        {
            return new Page<TAnswer>(rows.Select(answer).ToList(), null);
        }

        var lastKey = key.Compile(preferInterpretation: true)(rows[size - 1]);
        return new Page<TAnswer>(rows.Take(size).Select(answer).ToList(), encode(lastKey));
    }
}
