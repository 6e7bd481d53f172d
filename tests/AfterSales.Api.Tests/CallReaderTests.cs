using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls.Queries.GetCall;
using AfterSales.Application.Common.History;
using AfterSales.DataGenerator;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Persistence;
using AfterSales.Infrastructure.Persistence.Configurations;
using AfterSales.Infrastructure.Persistence.Reads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests;

/// <summary>
/// Reading a call is written by hand (Persistence/Reads/CallReader) for speed; these hold it to what EF Core reads
/// through the model: it selects every column the model maps for a call and its history lines, and the call it
/// gives is EF's call, field for field, for a generated year of calls in every state and for a call with every
/// optional column set. A column added to the model and not to the reader fails the first test; a column read
/// wrongly fails the second.
/// </summary>
public sealed class CallReaderTests : ApiTest
{
    [Test]
    public void The_reader_selects_every_column_the_model_maps_for_a_call_and_its_history_lines()
    {
        using var scope = ApiTestRun.Api.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;

        Selected("c").Should().BeEquivalentTo(Mapped(model, typeof(RepairCall), "repair_calls"));
        Selected("h").Should().BeEquivalentTo(Mapped(model, typeof(ServiceHistoryEntry), "service_history"));
    }

    [Test]
    public async Task A_call_read_by_hand_is_the_call_EF_reads_in_every_state()
    {
        await YearGenerator.RunAsync(Db.ConnectionString, new GeneratorOptions { Calls = 1_200, Units = 2, TechniciansPerUnit = 4, CustomersPerUnit = 120, Seed = 7 }, TextWriter.Null);
        (await Db.CountAsync("SELECT count(DISTINCT status) FROM repair_calls")).Should().BeGreaterThanOrEqualTo(5, "calls in every state");
        await SetEveryOptionalColumnOfOneCallAsync();
        await ExpectEveryOptionalColumnSetSomewhereAsync();

        using var scope = ApiTestRun.Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reader = scope.ServiceProvider.GetRequiredService<ICallReader>();
        var ids = await db.Calls.Select(c => c.Id).ToListAsync();
        ids.Should().HaveCountGreaterThanOrEqualTo(1_200);
        foreach (var id in ids)
        {
            var byHand = await reader.ReadWithTimelineAsync(id, CancellationToken.None);
            var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == id);
            var timeline = await db.ServiceHistory.AsNoTracking().Where(h => h.CallId == id).OrderBy(h => h.Sequence).ToListAsync();

            byHand.Should().NotBeNull();
            byHand!.Call.Should().BeEquivalentTo(call, options => options.ComparingByMembers<RepairCall>(), $"call {id}");
            byHand.Timeline.Should().BeEquivalentTo(timeline, options => options.WithStrictOrdering(), $"the timeline of call {id}");
        }

        (await reader.ReadWithTimelineAsync(Guid.NewGuid(), CancellationToken.None)).Should().BeNull("no such call");
    }

    /// <summary>The columns the reader's statement selects from the table it names by <paramref name="alias"/>.</summary>
    private static IEnumerable<string> Selected(string alias) =>
        Regex.Matches(CallReader.Sql[..CallReader.Sql.IndexOf("FROM", StringComparison.Ordinal)], $@"\b{alias}\.(\w+)").Select(m => m.Groups[1].Value);

    /// <summary>The columns the model maps for an entity in its table, its owned values' included.</summary>
    private static IEnumerable<string> Mapped(IModel model, Type type, string table)
    {
        var entity = model.FindEntityType(type)!;
        var store = StoreObjectIdentifier.Table(table);
        return entity.GetProperties()
            .Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(n => n.TargetEntityType.GetProperties()))
            .Select(p => p.GetColumnName(store)!)
            .Distinct();
    }

    /// <summary>
    /// The generated year leaves some columns empty on every call (closures, appointments, corrections, archiving).
    /// One completed call gets them all, in the shapes the commands write; the states do not have to agree with
    /// one another for a test of reading.
    /// </summary>
    internal static async Task SetEveryOptionalColumnOfOneCallAsync()
    {
        var at = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var appointment = JsonSerializer.Serialize(new CustomerAppointment(at, at.AddHours(3), at.AddHours(4), at.AddDays(-1), Guid.NewGuid()), JsonColumn.Options);
        var corrections = JsonSerializer.Serialize(
            new List<Correction> { new("workHours", "1.5", "2", "Typed wrong", Guid.NewGuid(), at) { Entry = 1 }, new("arrivedAt", "a", "b", "Clock", null, at.AddHours(1)) },
            JsonColumn.Options);
        await Db.ExecuteAsync(
            $"""
            UPDATE repair_calls SET
                service_type_override_reason = 'Receipt shown', previous_deadline = dispatch_deadline - interval '90 minutes',
                deadline_moved_by_closure = '{Guid.NewGuid()}', appointment = '{appointment}'::jsonb, corrections = '{corrections}'::jsonb,
                not_collected_reason = 'Paid by transfer', cancel_reason = 'Customer moved', archived_in = '{Guid.NewGuid()}',
                deadline_missed_by = interval '2 hours 15 minutes', work_hours = 2.25
            WHERE id = (SELECT id FROM repair_calls WHERE fee_amount IS NOT NULL AND signed_by IS NOT NULL AND parts <> '[]' ORDER BY id LIMIT 1)
            """);
    }

    internal static async Task ExpectEveryOptionalColumnSetSomewhereAsync()
    {
        var nullable = new List<string>();
        await foreach (var column in ColumnsAsync("SELECT column_name FROM information_schema.columns WHERE table_name = 'repair_calls' AND is_nullable = 'YES'"))
        {
            nullable.Add(column);
        }

        nullable.Should().NotBeEmpty();
        foreach (var column in nullable)
        {
            (await Db.CountAsync($"SELECT count(*) FROM repair_calls WHERE {column} IS NOT NULL")).Should().BePositive($"some call has {column}, or its reading is not compared");
        }

        foreach (var list in new[] { "parts", "corrections" })
        {
            (await Db.CountAsync($"SELECT count(*) FROM repair_calls WHERE {list} <> '[]'")).Should().BePositive($"some call has {list}");
        }

        // A call whose history lines are gone (the join finds none): the call with an empty timeline.
        await Db.ExecuteAsync("DELETE FROM service_history WHERE call_id = (SELECT id FROM repair_calls ORDER BY id DESC LIMIT 1)");
        (await Db.CountAsync("SELECT count(*) FROM repair_calls c WHERE NOT EXISTS (SELECT 1 FROM service_history h WHERE h.call_id = c.id)")).Should().BePositive();
    }

    private static async IAsyncEnumerable<string> ColumnsAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return reader.GetString(0);
        }
    }
}
