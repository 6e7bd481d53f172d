using System.Net.Sockets;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AfterSales.Api.Tests;

/// <summary>
/// The one translator of database errors: data the client sent is bad input, a taken unique value a
/// conflict, a lost race a concurrency conflict, and only an unreachable or restarting server is
/// "unavailable". Anything else stays our own fault.
/// </summary>
public class DatabaseErrorsTests
{
    private static PostgresException Postgres(string sqlState, string? constraint = null) =>
        new("message", "ERROR", "ERROR", sqlState, constraintName: constraint);

    [TestCase("22021")] // a NUL in text
    [TestCase("22003")] // a number out of range
    [TestCase("22008")] // a date out of range
    public void Data_errors_are_bad_input_never_unavailable(string sqlState) =>
        DatabaseErrors.Translate(new DbUpdateException("save", Postgres(sqlState))).Should().BeOfType<UnstorableInputException>();

    [Test]
    public void A_data_error_in_a_query_is_bad_input_too() =>
        DatabaseErrors.Translate(Postgres("22021")).Should().BeOfType<UnstorableInputException>();

    [TestCase("57P01")] // terminating connection due to administrator command (a restart)
    [TestCase("57P03")] // cannot connect now (starting up)
    [TestCase("08006")] // connection failure
    [TestCase("53300")] // too many connections
    public void Outages_and_restarts_are_unavailable(string sqlState) =>
        DatabaseErrors.Translate(Postgres(sqlState)).Should().BeOfType<DatabaseUnavailableException>();

    [Test]
    public void A_refused_connection_and_efs_transient_wrapper_are_unavailable()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

        DatabaseErrors.Translate(refused).Should().BeOfType<DatabaseUnavailableException>();
        DatabaseErrors.Translate(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", refused))
            .Should().BeOfType<DatabaseUnavailableException>();
    }

    [Test]
    public void Unique_values_and_races_are_conflicts()
    {
        DatabaseErrors.Translate(new DbUpdateException("save", Postgres("23505", "ix_units_code")))
            .Should().BeOfType<ConflictException>().Which.Type.Should().Be("duplicate");
        DatabaseErrors.Translate(new DbUpdateException("save", Postgres("23505", DatabaseErrors.IdempotencyKeyConstraint)))
            .Should().BeOfType<ConflictException>().Which.Type.Should().Be("idempotency-key-in-progress");
        DatabaseErrors.Translate(Postgres("40001")).Should().BeOfType<ConcurrencyConflictException>();
        DatabaseErrors.Translate(new DbUpdateConcurrencyException("stale")).Should().BeOfType<ConcurrencyConflictException>();
    }

    [Test]
    public void Our_own_faults_stay_as_they_are()
    {
        var missingTable = Postgres("42P01");
        var bug = new ArgumentException("a bug of ours");

        DatabaseErrors.Translate(missingTable).Should().BeSameAs(missingTable);
        DatabaseErrors.Translate(bug).Should().BeSameAs(bug);
    }
}
