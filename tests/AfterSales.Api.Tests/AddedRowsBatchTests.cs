using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.History;
using AfterSales.Application.Events;
using AfterSales.DataGenerator;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AfterSales.Api.Tests;

/// <summary>
/// A command's last save that only adds rows is written by <see cref="AddedRowsBatch"/>, not by EF Core's save; these
/// hold the two to the same rows. Every call of a generated year (every state, owned fee and signature, one call with
/// every optional column set) and the history lines, events and audit lines that registering calls writes are added
/// again as new rows, once by each writer, each in a transaction rolled back afterwards, and the two rows compared
/// column by column (<c>to_jsonb</c>), and with the row they copy. A column the batch left out or wrote differently fails;
/// so does a row written before the row its foreign key refers to.
/// </summary>
public sealed class AddedRowsBatchTests : ApiTest
{
    [Test]
    public async Task A_call_added_by_the_batch_is_the_row_EF_Core_adds_in_every_state()
    {
        await YearGenerator.RunAsync(Db.ConnectionString, new GeneratorOptions { Calls = 600, Units = 2, TechniciansPerUnit = 4, CustomersPerUnit = 80, Seed = 11 }, TextWriter.Null);
        await CallReaderTests.SetEveryOptionalColumnOfOneCallAsync();
        await CallReaderTests.ExpectEveryOptionalColumnSetSomewhereAsync();

        var ids = await Db.QueryAsync<Guid>("SELECT id FROM repair_calls ORDER BY id");
        ids.Should().HaveCountGreaterThanOrEqualTo(600);
        foreach (var id in ids)
        {
            var number = $"T-{Guid.NewGuid():N}"[..20];
            await ExpectSameRowsAsync<RepairCall>(c => c.Id == id, "repair_calls", entry => entry.Property(nameof(RepairCall.Number)).CurrentValue = number, "number");
        }
    }

    [Test]
    public async Task History_lines_events_and_audit_lines_added_by_the_batch_are_the_rows_EF_Core_adds()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        await world.ArrivedCallAsync();
        await world.NewCallAsync();

        foreach (var sequence in await Db.QueryAsync<long>("SELECT sequence FROM service_history"))
        {
            await ExpectSameRowsAsync<ServiceHistoryEntry>(h => h.Sequence == sequence, "service_history");
        }

        foreach (var position in await Db.QueryAsync<long>("SELECT position FROM outbox_events"))
        {
            await ExpectSameRowsAsync<OutboxEvent>(e => e.Position == position, "outbox_events", entry => entry.Property(nameof(OutboxEvent.Id)).CurrentValue = Guid.NewGuid(), "id");
        }

        foreach (var id in await Db.QueryAsync<Guid>("SELECT id FROM audit_entries"))
        {
            await ExpectSameRowsAsync<AuditEntry>(a => a.Id == id, "audit_entries");
        }
    }

    [Test]
    public async Task A_save_that_changes_a_stored_row_is_left_to_EF_Core()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();

        using var scope = ApiTestRun.Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Calls.SingleAsync(c => c.Id == call.Id);
        db.Entry(stored).Property(nameof(RepairCall.Problem)).CurrentValue = "Changed";
        db.ChangeTracker.DetectChanges();
        AddedRowsBatch.Collect(db.ChangeTracker).Should().BeNull("a change to a stored row is an UPDATE");

        db.ServiceHistory.Add(new ServiceHistoryEntry { CallId = call.Id, CertificateId = call.CertificateId, At = DateTimeOffset.UtcNow, Kind = ServiceEventKind.CallRegistered, Note = "n" });
        AddedRowsBatch.Collect(db.ChangeTracker).Should().BeNull("not every row is added");
    }

    [Test]
    public async Task A_certificate_added_before_its_customer_is_written_after_it()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var (storedCustomer, storedCertificate) = await world.CustomerWithProductAsync();

        using var scope = ApiTestRun.Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == storedCustomer.Id);
        var certificate = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == storedCertificate.Id);
        var newCustomerId = Guid.NewGuid();
        db.Entry(customer).Property(nameof(Customer.Id)).CurrentValue = newCustomerId;
        db.Entry(certificate).Property(nameof(ServiceCertificate.Id)).CurrentValue = Guid.NewGuid();
        db.Entry(certificate).Property(nameof(ServiceCertificate.CustomerId)).CurrentValue = newCustomerId;
        db.Entry(certificate).Property(nameof(ServiceCertificate.SerialNumber)).CurrentValue = $"SN-{Guid.NewGuid():N}";
        db.Add(certificate);
        db.Add(customer);

        // The database refuses a certificate of a customer not yet inserted (the foreign key the model declares).
        AddedRowsBatch.Collect(db.ChangeTracker)!.Select(r => r.Row.Entity.GetType()).Should().Equal(typeof(Customer), typeof(ServiceCertificate));
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false);
            await transaction.RollbackAsync();
        });
    }

    /// <summary>
    /// The row <paramref name="find"/> names, added again as a new row by each writer: new keys (a new id, identity
    /// numbers and the row version left to the database), <paramref name="renew"/> for the other unique values.
    /// </summary>
    private static async Task ExpectSameRowsAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> find, string table, Action<EntityEntry>? renew = null, params string[] renewed)
        where T : class
    {
        var byBatch = await AddAgainAsync(find, renew, byBatch: true, table);
        var byEf = await AddAgainAsync(find, renew, byBatch: false, table);
        var original = await AddAgainAsync(find, renew, byBatch: null, table);
        var ignored = NotCompared<T>(byBatch).Concat(renewed).ToArray();

        Without(byBatch, ignored).Should().Be(Without(byEf, ignored), $"{table}: the batch writes the row EF Core writes");
        Without(byBatch, ignored).Should().Be(Without(original, ignored), $"{table}: the row copied");
    }

    /// <summary>The row as jsonb; <paramref name="byBatch"/> null reads the stored row itself.</summary>
    private static async Task<string> AddAgainAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> find, Action<EntityEntry>? renew, bool? byBatch, string table)
        where T : class
    {
        using var scope = ApiTestRun.Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<T>().AsNoTracking().SingleAsync(find);
        var primaryKey = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single();

        // As the transaction behaviour runs a command: the whole transaction under the retrying strategy.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(() => AddAgainInTransactionAsync(db, row, primaryKey, renew, byBatch, table));
    }

    private static async Task<string> AddAgainInTransactionAsync<T>(AppDbContext db, T row, Microsoft.EntityFrameworkCore.Metadata.IProperty primaryKey, Action<EntityEntry>? renew, bool? byBatch, string table)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (byBatch is { } batch)
        {
            // Renewed before it is added, as a new record is: an identity key left at zero gets EF Core's temporary value.
            var detached = db.Entry(row);
            foreach (var property in detached.Properties)
            {
                if (property.Metadata.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
                {
                    property.CurrentValue = property.Metadata.ClrType.IsValueType ? Activator.CreateInstance(property.Metadata.ClrType) : null;
                }
                else if (property.Metadata.IsPrimaryKey() && property.Metadata.ClrType == typeof(Guid))
                {
                    property.CurrentValue = Guid.NewGuid();
                }
            }

            renew?.Invoke(detached);
            var entry = db.Add(row);
            db.ChangeTracker.DetectChanges();
            (AddedRowsBatch.Collect(db.ChangeTracker) is not null).Should().Be(true, $"{table}: only added rows, all of a type the batch writes");
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: !batch);
            row = entry.Entity;
        }

        var keyValue = db.Entry(row).Property(primaryKey.Name).CurrentValue;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand($"SELECT to_jsonb(t)::text FROM {table} t WHERE {primaryKey.GetColumnName()} = $1", connection)
        {
            Transaction = (NpgsqlTransaction)transaction.GetDbTransaction(),
            Parameters = { new NpgsqlParameter { Value = keyValue } },
        };
        var json = (string)(await command.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return json;
    }

    /// <summary>
    /// What differs from one insert to the next: the key, the values the database generates (identities), and the
    /// columns the model does not map, which the database fills itself (the feeds' transaction ids).
    /// </summary>
    private static List<string> NotCompared<T>(string json)
    {
        using var scope = ApiTestRun.Api.Services.CreateScope();
        var entity = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model.FindEntityType(typeof(T))!;
        var mapped = entity.GetProperties()
            .Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(n => n.TargetEntityType.GetProperties()))
            .Select(p => p.GetColumnName())
            .ToHashSet();
        var renewed = entity.GetProperties().Where(p => p.IsPrimaryKey() || p.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never).Select(p => p.GetColumnName());
        return [.. System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject().Select(c => c.Key).Where(c => !mapped.Contains(c)).Concat(renewed)];
    }

    private static string Without(string json, string[] columns)
    {
        var row = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var column in columns)
        {
            row.Remove(column);
        }

        return row.ToJsonString();
    }
}
