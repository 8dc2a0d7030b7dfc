using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>Greedy line breaking on spaces, measured with the embedded font.</summary>
internal static class TextWrap
{
    /// <summary>The lines of <paramref name="text"/> that fit <paramref name="maxWidth"/> points;
    /// a single word wider than that is cut between characters rather than overflow.</summary>
    public static List<string> Lines(string text, TextStyle style, double maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Fonts.Width(candidate, style) <= maxWidth)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                    lines.Add(current);
                current = word;
                while (current.Length > 1 && Fonts.Width(current, style) > maxWidth)
                {
                    var cut = current.Length - 1;
                    while (cut > 1 && Fonts.Width(current[..cut], style) > maxWidth)
                        cut--;
                    lines.Add(current[..cut]);
                    current = current[cut..];
                }
            }
            lines.Add(current);
        }
        return lines;
    }

    /// <summary>The width of the widest line.</summary>
    public static double MaxWidth(IEnumerable<string> lines, TextStyle style)
    {
        var max = 0.0;
        foreach (var line in lines)
            max = Math.Max(max, Fonts.Width(line, style));
        return max;
    }
}
