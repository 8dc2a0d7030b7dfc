using System.Globalization;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>The wrapped text of one flow-diagram box, and the box drawn around it.</summary>
internal sealed class FlowBoxText
{
    public const double Padding = 5;
    private const string Bullet = "• ";

    private readonly List<(string Text, TextStyle Style, double Indent)> _lines = [];
    private readonly bool _centred;

    private FlowBoxText(bool centred) => _centred = centred;

    public double Height { get; private set; } = 2 * Padding;

    /// <summary>"Label (n = N)" centred, then the centre counts in a smaller size.</summary>
    public static FlowBoxText ForBox(FlowBox box, double width)
    {
        var text = new FlowBoxText(centred: true);
        var inner = width - 2 * Padding;
        text.Add(Counted(box.Label, box.Count), FigureFonts.Box, inner, 0);
        if (box.CentreCounts is { } centres)
            text.Add(centres, FigureFonts.Table, inner, 0);
        return text;
    }

    /// <summary>"Excluded (n = N)" and a bulleted line per reason, hanging indent on wrap.</summary>
    public static FlowBoxText ForExclusions(FlowBox excluded, IReadOnlyList<FlowCount> reasons, double width)
    {
        var text = new FlowBoxText(centred: false);
        var inner = width - 2 * Padding;
        text.Add(Counted(excluded.Label, excluded.Count), FigureFonts.BoxHeading, inner, 0);
        if (excluded.CentreCounts is { } centres)
            text.Add(centres, FigureFonts.Table, inner, 0);
        var indent = Fonts.Width(Bullet, FigureFonts.Box);
        foreach (var reason in reasons)
        {
            var lines = TextWrap.Lines(Counted(reason.Reason, reason.Count), FigureFonts.Box, inner - indent);
            for (var i = 0; i < lines.Count; i++)
                text.Append(i == 0 ? Bullet + lines[i] : lines[i], FigureFonts.Box, i == 0 ? 0 : indent);
        }
        return text;
    }

    /// <summary>Draws the box and its text, the text block centred vertically in <paramref name="height"/>.</summary>
    public void Draw(ICanvas canvas, double x, double y, double width, double height)
    {
        canvas.Rectangle(x, y, width, height, new Fill(Rgb.White), new Stroke(Palette.Ink, 0.8));
        var baseline = y + (height - Height) / 2 + Padding;
        foreach (var (line, style, indent) in _lines)
        {
            baseline += Fonts.Ascent(style);
            if (_centred)
                canvas.Text(line, new Pt(x + width / 2, baseline), style, TextAnchor.Middle);
            else
                canvas.Text(line, new Pt(x + Padding + indent, baseline), style);
            baseline += Fonts.LineHeight(style) - Fonts.Ascent(style);
        }
    }

    private static string Counted(string label, int count) =>
        // No-break spaces keep "(n = 52)" on one line.
        string.Create(CultureInfo.InvariantCulture, $"{label} (n\u00A0=\u00A0{count})");

    private void Add(string text, TextStyle style, double width, double indent)
    {
        foreach (var line in TextWrap.Lines(text, style, width))
            Append(line, style, indent);
    }

    private void Append(string line, TextStyle style, double indent)
    {
        _lines.Add((line, style, indent));
        Height += Fonts.LineHeight(style);
    }
}
