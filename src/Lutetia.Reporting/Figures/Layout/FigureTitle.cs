using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>An optional bold title at the top left, wrapped to the figure's width.</summary>
internal sealed class FigureTitle
{
    private const double GapBelow = 4;
    private readonly List<string> _lines;

    public FigureTitle(string? title, double figureWidth)
    {
        _lines = title is null ? [] : TextWrap.Lines(title, FigureFonts.Title, figureWidth - 2 * FigureFonts.Pad);
    }

    /// <summary>Room the title takes below the top margin, gap included; 0 without a title.</summary>
    public double Height => _lines.Count == 0 ? 0 : _lines.Count * Fonts.LineHeight(FigureFonts.Title) + GapBelow;

    public void Draw(ICanvas canvas)
    {
        var style = FigureFonts.Title;
        var baseline = FigureFonts.Pad + Fonts.Ascent(style);
        foreach (var line in _lines)
        {
            canvas.Text(line, new Pt(FigureFonts.Pad, baseline), style);
            baseline += Fonts.LineHeight(style);
        }
    }
}
