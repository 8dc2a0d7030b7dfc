using System.Globalization;

namespace Lutetia.Statistics.Tests.Proportions;

/// <summary>
/// The golden CSV files written by tools/golden/proportions.R (17 significant digits), and the
/// agreement the statistics conventions ask of them: 1e-9 relative, 1e-12 absolute near zero.
/// </summary>
internal static class Golden
{
    public const double Relative = 1e-9;
    public const double Absolute = 1e-12;

    /// <summary>The rows of golden/proportions/<paramref name="file"/>, each a column → text map.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "golden", "proportions", file));
        var header = lines[0].Split(',');
        var rows = new List<Dictionary<string, string>>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            rows.Add(header.Select((name, i) => (name, cell: cells[i])).ToDictionary(c => c.name, c => c.cell, StringComparer.Ordinal));
        }
        return rows;
    }

    public static double Number(this Dictionary<string, string> row, string column) =>
        double.Parse(row[column], CultureInfo.InvariantCulture);

    public static int Integer(this Dictionary<string, string> row, string column) =>
        int.Parse(row[column], CultureInfo.InvariantCulture);

    /// <summary>The number in <paramref name="column"/>, or null for R's NA (an empty cell).</summary>
    public static double? Optional(this Dictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : row.Number(column);

    /// <summary>Asserts that <paramref name="actual"/> equals R's <paramref name="expected"/> to the conventions' tolerance.</summary>
    public static void Agrees(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }
        double e = expected.Value, a = actual.Value;
        double tolerance = Math.Max(Relative * Math.Abs(e), Absolute);
        Assert.True(Math.Abs(e - a) <= tolerance, $"{what}: expected {Show(e)}, got {Show(a)} (difference {Show(Math.Abs(e - a))})");
    }

    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
