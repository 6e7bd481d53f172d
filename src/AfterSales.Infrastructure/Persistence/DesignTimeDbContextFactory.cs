using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without a running server.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.Configure(options, "Host=127.0.0.1;Database=design");
        return new AppDbContext(options.Options);
    }
}
