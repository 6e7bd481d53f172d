using System.Reflection;
using NetArchTest.Rules;

namespace AfterSales.Architecture.Tests;

/// <summary>
/// Dependencies point inward only: Api → Infrastructure → Application → Domain. Each layer is named
/// once, from a type that lives in it, so the tests cannot silently check the wrong assembly.
/// </summary>
public class LayerTests
{
    private static readonly Assembly Domain = typeof(AfterSales.Domain.Calendars.WorkingCalendar).Assembly;
    private static readonly Assembly Application = typeof(AfterSales.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(AfterSales.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    [Test]
    public void Each_layer_is_the_assembly_it_claims_to_be()
    {
        Domain.GetName().Name.Should().Be("AfterSales.Domain");
        Application.GetName().Name.Should().Be("AfterSales.Application");
        Infrastructure.GetName().Name.Should().Be("AfterSales.Infrastructure");
        Api.GetName().Name.Should().Be("AfterSales.Api");
    }

    [Test]
    public void Domain_depends_on_no_other_layer_and_no_package()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny(
                "AfterSales.Application", "AfterSales.Infrastructure", "AfterSales.Api",
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Mediator", "FluentValidation", "Mapster",
                "Microsoft.Extensions")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Describe(result));
    }

    [Test]
    public void Domain_project_references_nothing_but_the_framework()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().OnlyContain(name => name == "System.Runtime" || name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard");
    }

    [Test]
    public void Application_does_not_depend_on_infrastructure_or_api()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("AfterSales.Infrastructure", "AfterSales.Api", "Npgsql", "Microsoft.AspNetCore")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Describe(result));
    }

    [Test]
    public void Infrastructure_does_not_depend_on_api()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("AfterSales.Api").GetResult();

        result.IsSuccessful.Should().BeTrue(Describe(result));
    }

    [Test]
    public void Endpoints_do_not_touch_the_database_directly()
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace("AfterSales.Api.Endpoints").ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "AfterSales.Infrastructure.Persistence")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Describe(result));
    }

    [Test]
    public void Handlers_live_beside_their_message_in_a_use_case_folder()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) && !t.IsAbstract)
            .ToList();

        handlers.Should().NotBeEmpty();
        foreach (var handler in handlers)
        {
            var useCase = handler.Name[..^"Handler".Length];
            handler.Namespace.Should().EndWith("." + useCase, $"{handler.Name} belongs in the {useCase} folder");
            Application.GetType($"{handler.Namespace}.{useCase}").Should().NotBeNull($"{useCase} is the message {handler.Name} handles");
        }
    }

    private static string Describe(TestResult result) =>
        "these types break the rule: " + string.Join(", ", result.FailingTypeNames ?? []);
}
