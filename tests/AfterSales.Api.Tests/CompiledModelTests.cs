using AfterSales.Infrastructure;
using AfterSales.Infrastructure.Persistence;
using AfterSales.Infrastructure.Persistence.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AfterSales.Api.Tests;

/// <summary>
/// The API runs on the compiled model (Persistence/CompiledModel), which EF does not rebuild: a change to
/// the configurations without regenerating it would be read and written with the old mapping. Regenerate
/// with <c>dotnet ef dbcontext optimize --project src/AfterSales.Infrastructure --startup-project
/// src/AfterSales.Infrastructure --output-dir Persistence/CompiledModel --namespace
/// AfterSales.Infrastructure.Persistence.CompiledModel</c>.
/// </summary>
public sealed class CompiledModelTests
{
    [Test]
    public void The_compiled_model_is_the_model_the_configurations_build()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.Configure(options, "Host=127.0.0.1;Database=model");
        using var db = new AppDbContext(options.Options);

        var built = db.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        var compiled = AppDbContextModel.Instance.ToDebugString(MetadataDebugStringOptions.LongDefault);

        compiled.Should().Be(built, "the compiled model must be regenerated after a change to the configurations");
    }
}
