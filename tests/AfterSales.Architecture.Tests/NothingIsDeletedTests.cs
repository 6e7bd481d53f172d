using System.Text.Json;
using System.Text.RegularExpressions;

namespace AfterSales.Architecture.Tests;

/// <summary>
/// A3: nothing is deleted and nothing is overwritten silently; a mistake is corrected by a new entry.
/// The contract has no DELETE operation, and no code of the application or its persistence removes a
/// row: no EF Remove, no bulk delete, no DELETE statement (migrations, which shape the schema, aside),
/// except the one use case that exists to remove rows: an approved destruction after retention (A2).
/// </summary>
public class NothingIsDeletedTests
{
    private static readonly Regex Deleting = new(
        @"\.(Remove|RemoveRange|ExecuteDelete|ExecuteDeleteAsync)\s*\(|\bDELETE\s+FROM\b|\bTRUNCATE\b|\bMapDelete\s*\(",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>A2: the approved destruction, the only code allowed to remove rows.</summary>
    private static readonly string Destruction = Path.Combine("src", "AfterSales.Application", "Archiving", "Commands", "ExecuteDestruction", "ExecuteDestruction.cs");

    [Test]
    public void A3_the_contract_has_no_DELETE_operation()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "api-specs", "openapi.json")));

        var deletes = contract.RootElement.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty("delete", out _))
            .Select(path => path.Name);

        deletes.Should().BeEmpty();
    }

    [Test]
    public void A3_no_handler_or_persistence_code_deletes_a_row()
    {
        var sources = new[] { "src/AfterSales.Application", "src/AfterSales.Infrastructure", "src/AfterSales.Api" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"Persistence{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offending = sources
            .Where(file => Path.GetRelativePath(Repository.Root, file) != Destruction)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => Deleting.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repository.Root, x.file)}:{x.number}: {x.line.Trim()}");

        sources.Should().NotBeEmpty();
        offending.Should().BeEmpty();
        File.ReadLines(Path.Combine(Repository.Root, Destruction)).Should().Contain(line => Deleting.IsMatch(line), "the exception names the file that really deletes");
    }
}
