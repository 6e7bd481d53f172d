using System.Text.Json;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Units;
using AfterSales.Infrastructure.Persistence;
using AfterSales.Infrastructure.Persistence.Reads;
using Npgsql;

// The floor the API's throughput is compared with (tools/load/baseline.sh, docs/architecture.md,
// "Performance"): the statements the API sends for reading a call and for registering one, written by
// hand with raw Npgsql behind bare endpoints, with no authentication, validation, mediator, EF,
// idempotency or audit pipeline. The SQL is the same (the audit line and the outbox event included; RawBaselineTests
// checks that a call it registers is whole for the API and has the rows the API writes), the deadline is the
// domain's, and the calendar is the demo units' (read from the unit row as the API does, then not parsed).
// Its connections are pooled as the API's are (statements prepared, no reset on return to the pool).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("AfterSales")
    ?? $"Host=127.0.0.1;Port={DatabaseBootstrap.DefaultLocalPort};Username=aftersales;Password=aftersales-dev;Database=aftersales";
var dataSource = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2, NoResetOnClose = true }.ConnectionString).Build();
var calendar = DemoData.TaipeiCalendar();
var app = builder.Build();

app.MapGet("/calls/{id:guid}", async (Guid id, HttpResponse response) =>
{
    // One round trip, the very statement the API sends (Persistence/Reads/CallReader): the call joined to its
    // timeline, one row a history line; the call's columns, then the line's.
    const int lineColumns = CallReader.HistoryColumns;
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var command = new NpgsqlCommand(CallReader.Sql, connection) { Parameters = { new() { Value = id } } };
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        response.StatusCode = 404;
        return;
    }

    response.ContentType = "application/json";
    await using var json = new Utf8JsonWriter(response.BodyWriter);
    json.WriteStartObject();
    WriteRow(json, reader, 0, lineColumns);
    json.WriteStartArray("timeline");
    do
    {
        if (!reader.IsDBNull(lineColumns))
        {
            json.WriteStartObject();
            WriteRow(json, reader, lineColumns, reader.FieldCount);
            json.WriteEndObject();
        }
    }
    while (await reader.ReadAsync());

    json.WriteEndArray();
    json.WriteEndObject();
    await json.FlushAsync();
});

app.MapPost("/calls", async (HttpRequest request, HttpResponse response) =>
{
    var body = await JsonSerializer.DeserializeAsync<RegisterBody>(request.Body, JsonSerializerOptions.Web) ?? throw new BadHttpRequestException("no body");
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    async Task<Dictionary<string, object?>> RowAsync(string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await using var reader = await command.ExecuteReaderAsync();
        var row = new Dictionary<string, object?>();
        if (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
        }

        while (await reader.ReadAsync())
        {
        }

        return row;
    }

    var customer = await RowAsync("SELECT id, address, name, telephone, unit_id, xmin, zone, corrections FROM customers WHERE id = $1", body.CustomerId);
    var certificate = await RowAsync("SELECT id, customer_id, model, serial_number, sold_on, unit_id, warranty_ends_on FROM service_certificates WHERE id = $1", body.CertificateId);
    var unitId = (Guid)customer["unit_id"]!;
    var unit = await RowAsync("SELECT id, calendar, code, kind, name, policy, xmin, closures, target_history FROM service_units WHERE id = $1", unitId);
    var contracts = await RowAsync("SELECT id, customer_id, ends_on, number, unit_id, xmin, certificate_ids, terms FROM maintenance_contracts WHERE unit_id = $1 AND $2 = ANY (certificate_ids)", unitId, body.CertificateId);
    var callDate = calendar.LocalDate(body.ReceivedAt);
    var zone = Enum.Parse<ServiceZone>((string)customer["zone"]!);
    var serviceType = EntitlementPolicy.Decide(callDate, (DateOnly)certificate["warranty_ends_on"]!, contracts.Count > 0);
    var deadline = DispatchDeadlinePolicy.DueAt(body.ReceivedAt, zone, ServicePolicy.Default, calendar);
    var carryOver = CarryOverPolicy.For(body.ReceivedAt, calendar);
    var now = DateTimeOffset.UtcNow;
    var id = Guid.CreateVersion7(now);

    await using var counter = new NpgsqlCommand(NumberSequence.Sql, connection, transaction)
    {
        Parameters = { new() { Value = unitId }, new() { Value = "Call" }, new() { Value = callDate.Year } },
    };
    var number = $"{unit["code"]}-{callDate.Year}-{(long)(await counter.ExecuteScalarAsync())!:D6}";

    var note = $"{number}: {body.Problem} ({serviceType} by entitlement)";
    var payload = JsonSerializer.Serialize(new { note, step = "RepairCall", callId = id, actorId = (Guid?)null, certificateId = body.CertificateId });
    await using var batch = new NpgsqlBatch(connection, transaction)
    {
        BatchCommands =
        {
            new NpgsqlBatchCommand(
                "INSERT INTO audit_entries (id, actor_id, actor_roles, actor_unit_id, at, command, entity, entity_id) VALUES ($1, NULL, 'Clerk', $2, $3, 'RegisterCall', 'RepairCall', $4) RETURNING sequence")
            {
                Parameters = { new() { Value = Guid.CreateVersion7(now) }, new() { Value = unitId }, new() { Value = now }, new() { Value = id } },
            },
            new NpgsqlBatchCommand(
                "INSERT INTO outbox_events (id, occurred_at, payload, subject_id, subject_type, type, unit_id) VALUES ($1, $2, $3, $4, 'Call', 'CallRegistered', $5) RETURNING position")
            {
                Parameters =
                {
                    new() { Value = Guid.CreateVersion7(body.ReceivedAt) }, new() { Value = body.ReceivedAt.ToUniversalTime() },
                    new() { Value = payload, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb }, new() { Value = id }, new() { Value = unitId },
                },
            },
            new NpgsqlBatchCommand(
                """
                INSERT INTO repair_calls (id, unit_id, number, customer_id, certificate_id, customer_name, address, telephone, product_model, serial_number,
                    channel, received_at, problem, zone, service_type, dispatch_deadline, service_level_deadline, deadline_basis, priority_from, status,
                    collected_on_site, corrections, parts)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, 'ServiceLevel', $17, 'Registered', false, '[]', '[]') RETURNING xmin
                """)
            {
                Parameters =
                {
                    new() { Value = id }, new() { Value = unitId }, new() { Value = number }, new() { Value = body.CustomerId }, new() { Value = body.CertificateId },
                    new() { Value = customer["name"] }, new() { Value = customer["address"] }, new() { Value = customer["telephone"] },
                    new() { Value = certificate["model"] }, new() { Value = certificate["serial_number"] }, new() { Value = body.Channel },
                    new() { Value = body.ReceivedAt.ToUniversalTime() }, new() { Value = body.Problem }, new() { Value = zone.ToString() },
                    new() { Value = serviceType.ToString() }, new() { Value = deadline.ToUniversalTime() }, new() { Value = carryOver.PriorityFrom.ToUniversalTime() },
                },
            },
            new NpgsqlBatchCommand("INSERT INTO service_history (actor_id, at, call_id, certificate_id, kind, note) VALUES (NULL, $1, $2, $3, 'CallRegistered', $4) RETURNING sequence")
            {
                Parameters = { new() { Value = body.ReceivedAt.ToUniversalTime() }, new() { Value = id }, new() { Value = body.CertificateId }, new() { Value = note } },
            },
        },
    };
    await batch.ExecuteNonQueryAsync();
    await transaction.CommitAsync();

    response.StatusCode = 201;
    await response.WriteAsJsonAsync(new { id, number, dispatchDeadline = deadline });
});

app.MapGet("/health/live", () => "Healthy");
app.Run();

// The row's columns from `from` up to `to`, by their names.
static void WriteRow(Utf8JsonWriter json, NpgsqlDataReader reader, int from, int to)
{
    for (var i = from; i < to; i++)
    {
        var name = reader.GetName(i);
        if (reader.IsDBNull(i))
        {
            json.WriteNull(name);
            continue;
        }

        switch (reader.GetValue(i))
        {
            case string s: json.WriteString(name, s); break;
            case Guid g: json.WriteString(name, g); break;
            case DateTime d: json.WriteString(name, d); break;
            case bool b: json.WriteBoolean(name, b); break;
            case decimal m: json.WriteNumber(name, m); break;
            case long l: json.WriteNumber(name, l); break;
            case int n: json.WriteNumber(name, n); break;
            case uint u: json.WriteNumber(name, u); break;
            default: json.WriteString(name, reader.GetValue(i).ToString()); break;
        }
    }
}

internal sealed record RegisterBody(Guid CustomerId, Guid CertificateId, string Channel, DateTimeOffset ReceivedAt, string Problem);
