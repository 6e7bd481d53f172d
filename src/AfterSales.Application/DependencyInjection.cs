using AfterSales.Application.Common.Mapping;
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

        // Compiled once at start: a mapping whose answer field has no source stops the API here, not on a request.
        Mappings.Config.Compile();
        Mappings.Config.CompileProjection();
        return services;
    }
}
