using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>One legend item: a label and the swatch that stands for it, drawn centred on a point.</summary>
internal sealed record LegendEntry(string Label, Action<ICanvas, Pt> Swatch);

/// <summary>Legend items set in rows that wrap to the width available.</summary>
internal sealed class Legend
{
    public const double SwatchWidth = 16;
    private const double SwatchGap = 4;
    private const double ItemGap = 14;

    private readonly IReadOnlyList<LegendEntry> _entries;
    private readonly List<(int Row, double X)> _places = [];
    private readonly double _rowHeight;

    public Legend(IReadOnlyList<LegendEntry> entries, double maxWidth)
    {
        _entries = entries;
        _rowHeight = Fonts.LineHeight(FigureFonts.Legend) + 2;
        var row = 0;
        var x = 0.0;
        foreach (var entry in entries)
        {
            var width = SwatchWidth + SwatchGap + Fonts.Width(entry.Label, FigureFonts.Legend);
            if (x > 0 && x + width > maxWidth)
            {
                row++;
                x = 0;
            }
            _places.Add((row, x));
            x += width + ItemGap;
            Width = Math.Max(Width, x - ItemGap);
        }
        Rows = entries.Count == 0 ? 0 : row + 1;
    }

    public int Rows { get; }

    public double Width { get; }

    public double Height => Rows * _rowHeight;

    /// <summary>Draws the legend with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Draw(ICanvas canvas, double x, double y)
    {
        var style = FigureFonts.Legend;
        var half = Fonts.CapHeight(style) / 2;
        canvas.BeginGroup("legend");
        for (var i = 0; i < _entries.Count; i++)
        {
            var (row, dx) = _places[i];
            var middle = y + row * _rowHeight + _rowHeight / 2;
            _entries[i].Swatch(canvas, new Pt(x + dx + SwatchWidth / 2, middle));
            canvas.Text(_entries[i].Label, new Pt(x + dx + SwatchWidth + SwatchGap, middle + half), style);
        }
        canvas.EndGroup();
    }
}
