using System.Globalization;

namespace AfterSales.DataGenerator;

/// <summary>
/// Fills a database with a generated year of service (see <see cref="YearGenerator"/> and
/// docs/architecture.md, "Performance"):
/// <c>dotnet run -c Release --project tools/AfterSales.DataGenerator -- "&lt;connection string&gt;" [calls] [units] [seed]</c>.
/// The database must be new (or hold only the demo data); the same arguments always give the same rows.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("usage: AfterSales.DataGenerator \"<connection string>\" [calls=1000000] [units=40] [seed=20261129]");
            return 2;
        }

        var options = new GeneratorOptions();
        options = options with
        {
            Calls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : options.Calls,
            Units = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : options.Units,
            Seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : options.Seed,
        };
        await YearGenerator.RunAsync(args[0], options, Console.Out);
        return 0;
    }
}
