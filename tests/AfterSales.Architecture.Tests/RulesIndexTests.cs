using System.Text.Json;
using System.Text.RegularExpressions;

namespace AfterSales.Architecture.Tests;

/// <summary>
/// docs/rules.md stays true: every domain type, operation and test it names exists, and every test
/// named after a rule (<c>R19_…</c>, <c>R13_R3_…</c>) is listed under each rule it names.
/// </summary>
public partial class RulesIndexTests
{
    private static readonly Lazy<IReadOnlyList<(string Rule, string Types, string Operations, string Tests)>> Rows = new(ReadRows);

    [Test]
    public void Every_rule_R1_to_R28_K1_to_K3_and_A1_to_A3_has_a_line()
    {
        var expected = Enumerable.Range(1, 28).Select(n => $"R{n}").Concat(["K1", "K2", "K3", "A1", "A2", "A3"]);

        Rows.Value.Select(r => r.Rule).Should().BeEquivalentTo(expected);
    }

    [Test]
    public void Every_domain_type_named_exists()
    {
        var declared = Repository.SourceFiles("src/AfterSales.Domain")
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        var named = Rows.Value.SelectMany(r => Code(r.Types).Select(t => (r.Rule, Type: t))).ToList();

        named.Should().NotBeEmpty();
        named.Where(n => !declared.Contains(n.Type)).Should().BeEmpty("every type in docs/rules.md is declared in the domain");
    }

    [Test]
    public void Every_operation_named_is_in_the_contract()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "api-specs", "openapi.json")));
        var operations = contract.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString()!))
            .ToHashSet();

        var named = Rows.Value.SelectMany(r => Code(r.Operations).Select(o => (r.Rule, Operation: o))).ToList();

        named.Should().NotBeEmpty();
        named.Where(n => !operations.Contains(n.Operation)).Should().BeEmpty("every operation in docs/rules.md is in api-specs/openapi.json");
    }

    [Test]
    public void Every_test_named_exists_and_every_rule_named_test_is_listed_under_its_rules()
    {
        var tests = Repository.SourceFiles("tests")
            .SelectMany(f => TestMethod().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var listed = Rows.Value.SelectMany(r => Code(r.Tests).Select(t => (r.Rule, Test: t))).ToHashSet();

        listed.Where(l => !tests.Contains(l.Test)).Should().BeEmpty("every test in docs/rules.md exists");
        var ruleNamed = tests
            .SelectMany(t => RulePrefix().Match(t).Groups[1].Value.TrimEnd('_').Split('_', StringSplitOptions.RemoveEmptyEntries)
                .Select(rule => (Rule: rule.TrimEnd('a', 'b', 'c', 'd'), Test: t)))
            .ToList();
        ruleNamed.Should().NotBeEmpty();
        ruleNamed.Where(n => !listed.Contains(n)).Should().BeEmpty("a test named after a rule is listed under that rule in docs/rules.md");
    }

    private static IEnumerable<string> Code(string cell) => Backticked().Matches(cell).Select(m => m.Groups[1].Value);

    private static List<(string Rule, string Types, string Operations, string Tests)> ReadRows() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "docs", "rules.md"))
            .Where(line => RuleRow().IsMatch(line))
            .Select(line => line.Split('|'))
            .Select(cells => (cells[1].Trim(), cells[3], cells[4], cells[5]))
            .ToList();

    [GeneratedRegex(@"^\| (R\d+|K[1-3]|A[1-3]) \|")]
    private static partial Regex RuleRow();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^public (?:sealed |static |abstract |readonly |partial )*(?:class|record|enum|interface|struct) (\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"public (?:async Task|void) (\w+)\(")]
    private static partial Regex TestMethod();

    // R6d_… is a test of R6 (d).
    [GeneratedRegex(@"^((?:(?:R\d+[a-d]?|K[1-3]|A[1-3])_)+)")]
    private static partial Regex RulePrefix();
}
