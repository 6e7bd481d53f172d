using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace AfterSales.Architecture.Tests;

/// <summary>
/// The rules of the core's shape that are not about assembly references: the pipeline owns the save,
/// every command's input is validated, every message is reachable over HTTP, and Npgsql stays in
/// Infrastructure.
/// </summary>
public partial class PipelineAndReachTests
{
    private static readonly Assembly Application = typeof(AfterSales.Application.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    private static IEnumerable<Type> Messages(Type marker) =>
        Application.GetTypes().Where(t => t is { IsAbstract: false, IsPublic: true } &&
            t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == marker));

    [Test]
    public void The_api_assembly_references_no_Npgsql_type()
    {
        var result = Types.InAssembly(Api).ShouldNot().HaveDependencyOn("Npgsql").GetResult();

        result.IsSuccessful.Should().BeTrue("database errors are translated in Infrastructure: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Test]
    public void Handlers_never_save_the_pipeline_does()
    {
        var saving = Repository.SourceFiles("src/AfterSales.Application")
            .Where(f => !f.Contains("Behaviours", StringComparison.Ordinal) && !f.Contains("Interfaces", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("SaveChanges", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        saving.Should().BeEmpty("TransactionBehaviour saves once for the whole command");
    }

    [Test]
    public void Every_command_has_a_validator()
    {
        var commands = Messages(typeof(ICommand<>)).ToList();
        var validated = Application.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();

        commands.Should().NotBeEmpty();
        commands.Where(c => !validated.Contains(c)).Select(c => c.Name).Should().BeEmpty("every command's input is checked before its handler runs");
    }

    [Test]
    public void Every_public_command_and_query_is_sent_by_an_endpoint()
    {
        var endpoints = string.Concat(Repository.SourceFiles("src/AfterSales.Api/Endpoints").Select(File.ReadAllText));
        var messages = Messages(typeof(ICommand<>)).Concat(Messages(typeof(IQuery<>))).ToList();

        messages.Should().NotBeEmpty();
        messages.Where(m => !Regex.IsMatch(endpoints, $@"new {m.Name}\(|\({m.Name} command"))
            .Select(m => m.Name)
            .Should().BeEmpty("a use case nobody can call over HTTP is dead code");
    }
}
