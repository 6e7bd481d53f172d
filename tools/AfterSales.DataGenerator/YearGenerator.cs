using System.Diagnostics;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Units;
using AfterSales.Infrastructure;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AfterSales.DataGenerator;

/// <summary>What to generate. The defaults are the benchmark's year: a million calls in 40 units.</summary>
public sealed record GeneratorOptions
{
    public int Calls { get; init; } = 1_000_000;

    public int Units { get; init; } = 40;

    public int TechniciansPerUnit { get; init; } = 24;

    public int CustomersPerUnit { get; init; } = 3_000;

    public int Seed { get; init; } = 20261129;

    public DateOnly From { get; init; } = new(2025, 12, 1);

    public DateOnly To { get; init; } = new(2026, 11, 27);
}

/// <summary>
/// Fills an empty AfterSales database (migrated, with the demo data) with a year of service: units with
/// the Taipei calendar, their staff, customers and certificates, and each unit's year as
/// <see cref="UnitYear"/> lives it, written with COPY unit by unit.
/// </summary>
public static class YearGenerator
{
    public static async Task RunAsync(string connectionString, GeneratorOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var contextOptions = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.Configure(contextOptions, connectionString);
        await using var db = new AppDbContext(contextOptions.Options);
        await db.Database.MigrateAsync(cancellationToken);
        await DemoData.SeedAsync(db, cancellationToken);
        if (await db.Units.CountAsync(cancellationToken) > 2)
        {
            throw new InvalidOperationException("The database already holds more than the demo units; generate into an empty database.");
        }

        var dice = new Dice(options.Seed);
        var calendar = DemoData.TaipeiCalendar();
        var now = calendar.Periods(options.To)[^1].End;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new CopyWriter(db, connection);

        var company = new List<StaffMember>();
        var remainingCalls = options.Calls;
        for (var number = 1; number <= options.Units; number++)
        {
            var kind = number % 4 == 1 ? UnitKind.Center : UnitKind.Branch;
            var unit = ServiceUnit.Open(dice.Id(now), $"Generated {(kind == UnitKind.Center ? "Service Center" : "Branch")} {number:D2}", $"G{number:D2}", kind, calendar);
            StaffMember Hire(string name, params Role[] roles) => StaffMember.Hire(dice.Id(now), unit.Id, $"{unit.Code} {name}", roles);
            var staff = new UnitStaff(Hire("Clerk", Role.Clerk), Hire("Supervisor", Role.Supervisor), Hire("Branch Manager", Role.BranchManager),
                Enumerable.Range(1, options.TechniciansPerUnit).Select(t => Hire($"Technician {t:D2}", Role.Technician)).ToList());
            if (number == 1)
            {
                company.AddRange([Hire("Service Department", Role.ServiceDepartment), Hire("Vice General Manager", Role.ViceGeneralManager), Hire("Accountant", Role.Accountant)]);
            }

            var customers = Customers(unit, options.CustomersPerUnit, dice, options.From);
            var year = new UnitYear(unit, staff, customers, dice, now, company[0].Id, company[1].Id);
            var calls = remainingCalls / (options.Units - number + 1);
            remainingCalls -= calls;
            year.Live(options.From, options.To, calls);

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            // The KPI counts are kept by triggers row by row; a bulk load counts the unit once at the end instead.
            await ExecuteAsync(connection, "ALTER TABLE repair_calls DISABLE TRIGGER kpi_calls; ALTER TABLE survey_cards DISABLE TRIGGER kpi_survey_cards; ALTER TABLE complaints DISABLE TRIGGER kpi_complaints", cancellationToken);
            await writer.WriteAsync([unit], cancellationToken);
            await writer.WriteAsync([staff.Clerk, staff.Supervisor, staff.BranchManager, .. staff.Technicians, .. number == 1 ? company : []], cancellationToken);
            await writer.WriteAsync(customers.Select(c => c.Customer).ToList(), cancellationToken);
            await writer.WriteAsync(customers.Select(c => c.Certificate).ToList(), cancellationToken);
            await writer.WriteAsync(year.Calls, cancellationToken);
            await writer.WriteAsync(year.Receipts, cancellationToken);
            await writer.WriteAsync(year.Movements.OrderBy(m => m.At).ToList(), cancellationToken);
            await writer.WriteAsync(year.Cards, cancellationToken);
            await writer.WriteAsync(year.InvoiceRequests.OrderBy(r => r.RaisedAt).ToList(), cancellationToken);
            await writer.WriteAsync(year.Collections, cancellationToken);
            await writer.WriteAsync(year.PartUsages.OrderBy(p => p.UsedAt).ToList(), cancellationToken);
            await writer.WriteAsync(year.SentRegisters, cancellationToken);
            await writer.WriteAsync(year.SurveyCards, cancellationToken);
            await writer.WriteAsync(year.Complaints, cancellationToken);
            await writer.WriteAsync(year.AdminWork, cancellationToken);
            await writer.WriteAsync(year.TechnicianReports, cancellationToken);
            await writer.WriteAsync(year.SupervisorReports, cancellationToken);
            await writer.WriteAsync(year.History(), cancellationToken);
            foreach (var ((series, yearNumber), value) in year.Counters)
            {
                await using var counter = new NpgsqlCommand("INSERT INTO unit_counters (unit_id, series, year, value) VALUES ($1, $2, $3, $4)", connection, transaction);
                counter.Parameters.Add(new() { Value = unit.Id });
                counter.Parameters.Add(new() { Value = series });
                counter.Parameters.Add(new() { Value = yearNumber });
                counter.Parameters.Add(new() { Value = value });
                await counter.ExecuteNonQueryAsync(cancellationToken);
            }

            await ExecuteAsync(connection, $"SELECT kpi_rebuild('{unit.Id}'); ALTER TABLE repair_calls ENABLE TRIGGER kpi_calls; ALTER TABLE survey_cards ENABLE TRIGGER kpi_survey_cards; ALTER TABLE complaints ENABLE TRIGGER kpi_complaints", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await log.WriteLineAsync($"{unit.Code}: {year.Calls.Count:N0} calls, {year.Cards.Count:N0} cards, {year.SurveyCards.Count:N0} survey cards, {year.Complaints.Count:N0} complaints ({writer.RowsWritten:N0} rows so far, {clock.Elapsed:mm\\:ss})");
        }

        await ExecuteAsync(connection, "ANALYZE", cancellationToken);

        await log.WriteLineAsync($"{options.Calls:N0} calls in {options.Units} units, {writer.RowsWritten:N0} rows in {clock.Elapsed:mm\\:ss}.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Customers in town and out of it; products sold over four years, under warranty for the first two.</summary>
    private static List<(Customer Customer, ServiceCertificate Certificate)> Customers(ServiceUnit unit, int count, Dice dice, DateOnly from)
    {
        var at = unit.Calendar.StartOfDay(from);
        return Enumerable.Range(1, count).Select(n =>
        {
            var zone = dice.Chance(0.7) ? ServiceZone.Urban : ServiceZone.Suburban;
            var customer = Customer.Register(dice.Id(at), unit.Id, $"Customer {unit.Code}-{n:D5}", $"{n} Generated Rd, {(zone == ServiceZone.Urban ? "Taipei" : "Sanxia")}", $"02-{n:D4}-{dice.Between(1000, 9999)}", zone);
            var soldOn = from.AddDays(-dice.Between(0, 4 * 365));
            var model = dice.Pick(Models);
            var certificate = ServiceCertificate.Issue(dice.Id(at), unit.Id, customer.Id, model, $"{model}-{unit.Code}-{n:D6}", soldOn, soldOn.AddYears(2).AddDays(-1));
            return (customer, certificate);
        }).ToList();
    }

    private static readonly string[] Models = ["AC-900", "AC-1200", "WM-300", "RF-450", "DH-20"];
}
