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
        services.AddSingleton<Units.UnitQuotes>();
        services.AddScoped<Printing.FormPrinter>();

        // Mappings compile on first use; MappingTests compiles them all, so one without a source fails CI,
        // not a request (compiling them at start cost the cold start, docs/architecture.md "Performance").
        return services;
    }
}
