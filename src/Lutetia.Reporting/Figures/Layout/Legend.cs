using Lutetia.Domain;
using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>One legend item: a label and the swatch that stands for it, drawn centred on a point;
/// <paramref name="Field"/> names the model field the label comes from, for error messages.</summary>
internal sealed record LegendEntry(string Label, Action<ICanvas, Pt> Swatch, string Field = "legend");

/// <summary>Legend items set in rows that wrap to the width available.</summary>
internal sealed class Legend
{
    public const double SwatchWidth = 16;
    private const double SwatchGap = 4;
    private const double ItemGap = 14;

    private readonly IReadOnlyList<LegendEntry> _entries;
    private readonly List<(int Row, double X)> _places = [];
    private readonly double _rowHeight;

    /// <summary>One row when everything fits; otherwise a grid of equal columns, so that the
    /// items of successive rows line up.</summary>
    public Legend(IReadOnlyList<LegendEntry> entries, double maxWidth)
    {
        _entries = entries;
        _rowHeight = Fonts.LineHeight(FigureFonts.Legend) + 2;
        var widths = new double[entries.Count];
        var total = 0.0;
        var widest = 0.0;
        for (var i = 0; i < entries.Count; i++)
        {
            widths[i] = SwatchWidth + SwatchGap + Fonts.Width(entries[i].Label, FigureFonts.Legend);
            if (widths[i] > maxWidth)
                throw Guard.Fail(entries[i].Field, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"'{entries[i].Label}' is too long for a legend {maxWidth:F0} pt wide; shorten it or widen the figure."));
            total += widths[i] + (i > 0 ? ItemGap : 0);
            widest = Math.Max(widest, widths[i]);
        }
        if (total <= maxWidth)
        {
            var x = 0.0;
            for (var i = 0; i < entries.Count; i++)
            {
                _places.Add((0, x));
                x += widths[i] + ItemGap;
            }
            Width = total;
            Rows = entries.Count == 0 ? 0 : 1;
            return;
        }
        var columns = Math.Max(1, (int)Math.Floor((maxWidth + ItemGap) / (widest + ItemGap)));
        for (var i = 0; i < entries.Count; i++)
            _places.Add((i / columns, i % columns * (widest + ItemGap)));
        Width = Math.Min(entries.Count, columns) * (widest + ItemGap) - ItemGap;
        Rows = (entries.Count + columns - 1) / columns;
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
