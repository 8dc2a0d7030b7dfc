using System.Globalization;

namespace Lutetia.Statistics.Tests.Golden;

/// <summary>A CSV golden file written by tools/golden/survival.R: a header, then rows; NA is missing.</summary>
public sealed class GoldenTable
{
    private readonly Dictionary<string, int> _columns;

    private GoldenTable(string[] header, List<string[]> rows)
    {
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++) _columns[header[i]] = i;
        Rows = rows;
    }

    public List<string[]> Rows { get; }

    public int Count => Rows.Count;

    public static GoldenTable Load(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "golden", "survival", name);
        string[] lines = File.ReadAllLines(path);
        var rows = new List<string[]>(lines.Length);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0) rows.Add(lines[i].Split(','));
        }
        return new GoldenTable(lines[0].Split(','), rows);
    }

    public static bool Exists(string name) => File.Exists(Path.Combine(AppContext.BaseDirectory, "golden", "survival", name));

    public string Text(int row, string column) => Rows[row][_columns[column]];

    /// <summary>The number in a cell; NA is NaN.</summary>
    public double Number(int row, string column)
    {
        string s = Text(row, column);
        return s == "NA" ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public double[] Numbers(string column) => [.. Enumerable.Range(0, Count).Select(r => Number(r, column))];

    public int[] Integers(string column) => [.. Numbers(column).Select(x => (int)x)];

    public string[] Texts(string column) => [.. Enumerable.Range(0, Count).Select(r => Text(r, column))];

    /// <summary>The distinct combinations of some columns' texts, in order of first appearance.</summary>
    public List<string[]> Distinct(params string[] columns)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string[]>();
        for (int r = 0; r < Count; r++)
        {
            string[] key = [.. columns.Select(c => Text(r, c))];
            if (seen.Add(string.Join('|', key))) keys.Add(key);
        }
        return keys;
    }

    public GoldenTable Where(Func<GoldenTable, int, bool> keep)
    {
        var rows = new List<string[]>();
        for (int r = 0; r < Count; r++)
        {
            if (keep(this, r)) rows.Add(Rows[r]);
        }
        var header = new string[_columns.Count];
        foreach (var (k, v) in _columns) header[v] = k;
        return new GoldenTable(header, rows);
    }
}
