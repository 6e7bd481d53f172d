using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// A statement written by hand for a hot path (the call read, the number's upsert), sent on the context's own
/// connection and in its transaction, if any: it reads where the request's other queries read (primary or
/// standby) and writes in the command's one transaction. The caller opens and closes the connection through
/// the context, so EF Core's own statements and these share it.
/// </summary>
internal static class HandWrittenSql
{
    public static NpgsqlCommand Command(this DatabaseFacade database, string sql) =>
        new(sql, (NpgsqlConnection)database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)database.CurrentTransaction?.GetDbTransaction(),
        };
}
