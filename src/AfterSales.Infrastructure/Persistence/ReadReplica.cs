using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Reads from a standby (<c>ConnectionStrings__AfterSalesReplica</c>): an Npgsql multi-host connection string
/// such as <c>Host=standby:5432,primary:5432;Target Session Attributes=prefer-standby</c>, so Npgsql itself
/// falls back to the primary while no standby answers. Only queries use it; commands always write to the
/// primary. For read-your-writes, a command's answer carries the primary's WAL position after its commit,
/// and a read that must see it goes to the standby only once the standby has replayed that far.
/// </summary>
public sealed class ReadReplica : IAsyncDisposable
{
    public const string ConnectionStringName = "AfterSalesReplica";

    private readonly NpgsqlDataSource _primary;
    private readonly NpgsqlDataSource _standby;

    public ReadReplica(string primaryConnectionString, string replicaConnectionString)
    {
        _primary = NpgsqlDataSource.Create(primaryConnectionString);
        _standby = NpgsqlDataSource.Create(replicaConnectionString);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.ConfigureCompiled(options, DependencyInjection.WithPoolingDefaults(replicaConnectionString));
        Contexts = new PooledDbContextFactory<AppDbContext>(options.Options);
    }

    /// <summary>Contexts on the standby, pooled apart from the primary's.</summary>
    public IDbContextFactory<AppDbContext> Contexts { get; }

    /// <summary>The primary's WAL position now: after a commit, at or past that commit's record.</summary>
    public async Task<NpgsqlLogSequenceNumber> CommitPositionAsync(CancellationToken cancellationToken)
    {
        await using var command = _primary.CreateCommand("SELECT pg_current_wal_lsn()");
        return (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Whether the read connection already shows everything committed up to <paramref name="position"/>: the
    /// standby has replayed that far, or the connection reached the primary (no replay position). A standby
    /// that does not answer has not.
    /// </summary>
    public async Task<bool> HasReplayedAsync(NpgsqlLogSequenceNumber position, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _standby.CreateCommand("SELECT pg_last_wal_replay_lsn()");
            return await command.ExecuteScalarAsync(cancellationToken) is not NpgsqlLogSequenceNumber replayed || replayed >= position;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _primary.DisposeAsync();
        await _standby.DisposeAsync();
    }
}

/// <summary>Where this request's queries read: the standby or the primary (set before the endpoint runs).</summary>
public sealed class DatabaseRoute
{
    public bool ReadsReplica { get; set; }
}

/// <summary>This request's context on the standby, made when first asked for and returned to its pool at the end.</summary>
internal sealed class ReplicaLease(ReadReplica replica) : IAsyncDisposable, IDisposable
{
    private AppDbContext? _context;

    public AppDbContext Context => _context ??= replica.Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    public void Dispose() => _context?.Dispose();
}
