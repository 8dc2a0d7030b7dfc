using SkiaSharp;

namespace Lutetia.Reporting.Figures.Drawing;

/// <summary>
/// DejaVu Sans and DejaVu Sans Bold, embedded in this assembly: every label is measured with
/// them and every PNG drawn with them, so a figure lays out the same on any machine.
/// </summary>
internal static class Fonts
{
    /// <summary>The family the SVG names; viewers without DejaVu fall back to a close sans.</summary>
    public const string SvgFamily = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Face(bool bold) => bold ? BoldFace.Value : RegularFace.Value;

    /// <summary>A font set for metrics that do not depend on the output resolution.</summary>
    public static SKFont Create(TextStyle style) => new(Face(style.Bold), (float)style.SizePt)
    {
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
    };

    /// <summary>The advance width of a single-line label, in points.</summary>
    public static double Width(string text, TextStyle style)
    {
        using var font = Create(style);
        return font.MeasureText(text);
    }

    /// <summary>The height of a capital letter, in points (to centre labels vertically).</summary>
    public static double CapHeight(TextStyle style)
    {
        using var font = Create(style);
        var cap = font.Metrics.CapHeight;
        return cap > 0 ? cap : 0.73 * style.SizePt;
    }

    /// <summary>Distance between baselines of consecutive lines, in points.</summary>
    public static double LineHeight(TextStyle style)
    {
        using var font = Create(style);
        var m = font.Metrics;
        return -m.Ascent + m.Descent + m.Leading;
    }

    /// <summary>How far glyphs reach above the baseline (positive), in points.</summary>
    public static double Ascent(TextStyle style)
    {
        using var font = Create(style);
        return -font.Metrics.Ascent;
    }

    private static SKTypeface Load(string file)
    {
        var name = "Lutetia.Reporting.Fonts." + file;
        using var stream = typeof(Fonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}
