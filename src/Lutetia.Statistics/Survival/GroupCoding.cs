using System.Globalization;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// String labels coded 0..k−1 in R's factor-level order: numeric labels numerically when every
/// label is a number, otherwise ordinal (C-locale) string order.
/// </summary>
internal sealed class GroupCoding
{
    private GroupCoding(string[] levels, int[] codes)
    {
        Levels = levels;
        Codes = codes;
    }

    /// <summary>The distinct labels in level order.</summary>
    public string[] Levels { get; }

    /// <summary>Each subject's level index.</summary>
    public int[] Codes { get; }

    /// <summary>Codes the labels; a null span means one group with the empty label.</summary>
    public static GroupCoding Of(ReadOnlySpan<string> labels, int n, string name)
    {
        if (labels.IsEmpty) return new GroupCoding([""], new int[n]);
        Require.CheckLabels(labels, n, name);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstCodes = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (!seen.TryGetValue(labels[i], out int c))
            {
                c = seen.Count;
                seen.Add(labels[i], c);
            }
            firstCodes[i] = c;
        }
        string[] levels = [.. seen.Keys];
        Array.Sort(levels, CompareLevels(levels));
        var remap = new int[levels.Length];
        for (int k = 0; k < levels.Length; k++) remap[seen[levels[k]]] = k;
        for (int i = 0; i < n; i++) firstCodes[i] = remap[firstCodes[i]];
        return new GroupCoding(levels, firstCodes);
    }

    /// <summary>R's order: numerically when every label parses as a number, else ordinal.</summary>
    public static Comparison<string> CompareLevels(IReadOnlyCollection<string> levels)
    {
        bool numeric = true;
        foreach (string s in levels)
        {
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) { numeric = false; break; }
        }
        if (!numeric) return string.CompareOrdinal;
        return (a, b) =>
        {
            int c = double.Parse(a, CultureInfo.InvariantCulture).CompareTo(double.Parse(b, CultureInfo.InvariantCulture));
            return c != 0 ? c : string.CompareOrdinal(a, b);
        };
    }
}
