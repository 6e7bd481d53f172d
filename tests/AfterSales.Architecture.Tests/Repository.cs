namespace AfterSales.Architecture.Tests;

/// <summary>The repository's files, for the rules that are about source rather than types.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AfterSales.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AfterSales.sln not found above the test directory.");
    }
}
