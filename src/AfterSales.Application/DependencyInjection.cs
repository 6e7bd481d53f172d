using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Validators hold no state and building one compiles its rules' expression trees: one instance
        // each for the process, not one per request (measured: a profile of register, docs/architecture.md).
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<Complaints.ComplaintIntake>();
        services.AddScoped<Archiving.Tombstones>();
        services.AddSingleton<Units.UnitQuotes>();
        services.AddScoped<Printing.FormPrinter>();

        // The timed duties, in the order a round does them (the runner is Infrastructure's DutyRunner).
        services.AddScoped<Duties.ITimedDuty, Duties.SendDayRegisters.SendDayRegisters>();
        services.AddScoped<Duties.ITimedDuty, Duties.AnnounceDeadlinesAtRisk.AnnounceDeadlinesAtRisk>();
        services.AddScoped<Duties.ITimedDuty, Duties.AnnounceLateRepairCards.AnnounceLateRepairCards>();
        services.AddScoped<Duties.ITimedDuty, Duties.AnnounceOverdueComplaints.AnnounceOverdueComplaints>();
        services.AddScoped<Duties.ITimedDuty, Duties.AnnounceDueExpiryNotices.AnnounceDueExpiryNotices>();
        services.AddScoped<Duties.ITimedDuty, Duties.AnnounceMissingDailyReports.AnnounceMissingDailyReports>();

        // Mappings compile on first use; MappingTests compiles them all, so one without a source fails CI,
        // not a request (compiling them at start cost the cold start, docs/architecture.md "Performance").
        return services;
    }
}
