using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>
/// Greedy line breaking measured with the embedded font: lines break at spaces, then after
/// hyphens; a word still too wide is hyphenated between characters rather than overflow its box.
/// No-break spaces (U+00A0) keep "(n = 52)" together.
/// </summary>
internal static class TextWrap
{
    public static List<string> Lines(string text, TextStyle style, double maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var (piece, spaced) in Pieces(paragraph))
            {
                var candidate = current.Length == 0 ? piece : current + (spaced ? " " : "") + piece;
                if (Fonts.Width(candidate, style) <= maxWidth)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                    lines.Add(current);
                current = piece;
                while (current.Length > 2 && Fonts.Width(current, style) > maxWidth)
                {
                    // Last resort: cut inside the word and mark the cut with a hyphen.
                    var cut = current.Length - 1;
                    while (cut > 1 && Fonts.Width(current[..cut] + "-", style) > maxWidth)
                        cut--;
                    // Never leave one or two letters stranded on the next line.
                    if (current.Length - cut < 3 && current.Length > 6)
                        cut = current.Length - 3;
                    lines.Add(current[..cut] + "-");
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

    /// <summary>Words split after their inner hyphens; each piece says whether a space precedes it.</summary>
    private static List<(string Piece, bool Spaced)> Pieces(string paragraph)
    {
        var pieces = new List<(string, bool)>();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i < word.Length - 1; i++)
            {
                if (word[i] != '-')
                    continue;
                pieces.Add((word[start..(i + 1)], start == 0));
                start = i + 1;
            }
            pieces.Add((word[start..], start == 0));
        }
        return pieces;
    }
}
