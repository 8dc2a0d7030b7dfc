using Lutetia.Domain;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Draws a <see cref="WaterfallModel"/>.</summary>
public sealed class WaterfallPlot : Figure
{
    private const double BarFraction = 0.8;
    private const double CapMarkHeight = 5;

    private readonly WaterfallModel _model;
    private readonly WaterfallBar[] _sorted;
    private readonly Rgb[] _barColors;
    private readonly Legend _legend;
    private readonly List<string> _yTitle;
    private readonly List<string> _xTitle;
    private readonly double[] _yTicks;
    private readonly string[] _yLabels;
    private readonly List<string> _highCapLines;
    private readonly List<string> _lowCapLines;
    private readonly FigureTitle _title;
    private readonly double _width;
    private readonly double _height;
    private readonly LinearScale _y;
    private readonly double _plotLeft;
    private readonly double _plotRight;
    private readonly double _xTitleTop;

    public WaterfallPlot(WaterfallModel model)
    {
        WaterfallChecks.Validate(model);
        _model = model;
        _sorted = [.. model.Bars.OrderByDescending(b => b.ChangePercent)];
        var colorOf = model.Categories.ToDictionary(c => c.Name, c => c.Color, StringComparer.Ordinal);
        _barColors = [.. _sorted.Select(b => colorOf[b.Category])];

        var pad = FigureFonts.Pad;
        _width = model.WidthMm * PointsPerMm;
        _title = new FigureTitle(model.Title, _width);
        var plotHeight = model.PlotHeightMm * PointsPerMm;
        var used = new HashSet<string>(model.Bars.Select(b => b.Category), StringComparer.Ordinal);
        var entries = model.Categories.Select((c, i) => (Category: c, Field: Guard.At("Categories", i) + ".Name"))
            .Where(c => used.Contains(c.Category.Name))
            .Select(c => new LegendEntry(c.Category.Name, (canvas, p) => canvas.Rectangle(p.X - 5, p.Y - 4, 10, 8, new Fill(c.Category.Color)), c.Field))
            .ToList();
        _yTicks = NiceTicks.Between(model.YMinPercent, model.YMaxPercent, 10);
        _yLabels = [.. _yTicks.Select(t => Labels.Signed(t, 1))];
        _yTitle = Axes.WrapVerticalTitle(model.YAxisTitle, plotHeight);

        _plotLeft = pad + Axes.VerticalTitleWidth(_yTitle.Count) + 4 + Axes.LeftLabelsWidth(_yLabels);
        var referenceLabelWidth = Math.Max(
            Fonts.Width(ReferenceLabel(model.ProgressionLinePercent), FigureFonts.Tick),
            Fonts.Width(ReferenceLabel(model.ResponseLinePercent), FigureFonts.Tick));
        _plotRight = _width - pad - referenceLabelWidth - 4;
        _legend = new Legend(entries, _width - pad - _plotLeft);

        // Cut bars are the first (increases) or last (decreases) in sorted order: their true values
        // are listed in one line above (or below) that block, in bar order, so labels never collide.
        _highCapLines = CapLines(_sorted.Where(b => b.ChangePercent > model.YMaxPercent));
        _lowCapLines = CapLines(_sorted.Where(b => b.ChangePercent < model.YMinPercent));
        var highRoom = CapRoom(_highCapLines);
        var lowRoom = CapRoom(_lowCapLines);

        var plotTop = pad + _title.Height + _legend.Height + 8 + highRoom;
        _y = new LinearScale(model.YMinPercent, model.YMaxPercent, plotTop + plotHeight, plotTop);
        var xTitleText = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{model.XAxisTitle} (n = {_sorted.Length})");
        _xTitle = TextWrap.Lines(xTitleText, FigureFonts.AxisTitle, _plotRight - _plotLeft);
        _xTitleTop = _y.Range0 + lowRoom + 6;
        _height = _xTitleTop + _xTitle.Count * Fonts.LineHeight(FigureFonts.AxisTitle) + pad;
    }

    public override double WidthPt => _width;

    public override double HeightPt => _height;

    public override string Description => _model.Title ?? "Waterfall plot: " + _model.YAxisTitle;

    private protected override void Draw(ICanvas canvas)
    {
        var pad = FigureFonts.Pad;
        _title.Draw(canvas);
        _legend.Draw(canvas, _plotLeft, pad + _title.Height);

        var pitch = (_plotRight - _plotLeft) / _sorted.Length;
        var barWidth = Math.Max(pitch * BarFraction, Math.Min(pitch, 0.5));
        var zero = _y.Map(0);
        canvas.BeginGroup("bars");
        for (var i = 0; i < _sorted.Length; i++)
        {
            var value = Math.Clamp(_sorted[i].ChangePercent, _model.YMinPercent, _model.YMaxPercent);
            var end = _y.Map(value);
            var x = _plotLeft + i * pitch + (pitch - barWidth) / 2;
            // A bar of no change is drawn as a hairline so that the patient still shows.
            var top = Math.Min(zero, end);
            var height = Math.Max(Math.Abs(end - zero), 0.5);
            canvas.Rectangle(x, value == 0 ? zero - 0.25 : top, barWidth, height, new Fill(_barColors[i]));
        }
        canvas.EndGroup();
        Caps(canvas, pitch, barWidth);

        canvas.BeginGroup("reference-lines");
        ReferenceLine(canvas, _model.ProgressionLinePercent);
        ReferenceLine(canvas, _model.ResponseLinePercent);
        canvas.EndGroup();
        canvas.Line(new Pt(_plotLeft, zero), new Pt(_plotRight, zero), FigureFonts.Axis);

        Axes.Left(canvas, _plotLeft, _y.Range1, _y.Range0, [.. _yTicks.Select(_y.Map)], _yLabels);
        Axes.VerticalTitle(canvas, _yTitle, pad, (_y.Range0 + _y.Range1) / 2);
        Axes.HorizontalTitle(canvas, _xTitle, (_plotLeft + _plotRight) / 2, _xTitleTop);
    }

    /// <summary>Marks a bar cut at the axis: a white break across it and an arrowhead beyond
    /// the axis end; the true values are written beside the block of cut bars.</summary>
    private void Caps(ICanvas canvas, double pitch, double barWidth)
    {
        var white = new Stroke(Rgb.White, 1.2);
        var lineHeight = Fonts.LineHeight(FigureFonts.Tick);
        canvas.BeginGroup("caps");
        int firstHigh = -1, lastLow = -1;
        for (var i = 0; i < _sorted.Length; i++)
        {
            var change = _sorted[i].ChangePercent;
            var up = change > _model.YMaxPercent;
            if (!up && change >= _model.YMinPercent)
                continue;
            if (up && firstHigh < 0)
                firstHigh = i;
            if (!up)
                lastLow = i;
            var centre = _plotLeft + (i + 0.5) * pitch;
            var edge = up ? _y.Range1 : _y.Range0;
            var sign = up ? -1 : 1;
            var breakY = edge - sign * 6;
            var half = barWidth / 2;
            canvas.Line(new Pt(centre - half, breakY + 1.5), new Pt(centre + half, breakY - 1.5), white);
            canvas.Line(new Pt(centre - half, breakY + 4), new Pt(centre + half, breakY + 1), white);
            var wing = Math.Max(half, 2);
            canvas.Polygon([new Pt(centre - wing, edge + sign), new Pt(centre + wing, edge + sign), new Pt(centre, edge + sign * CapMarkHeight)], new Fill(_barColors[i]));
        }
        if (firstHigh >= 0)
        {
            var x = _plotLeft + firstHigh * pitch + (pitch - barWidth) / 2;
            var baseline = _y.Range1 - CapMarkHeight - 2 - (_highCapLines.Count - 1) * lineHeight - Fonts.LineHeight(FigureFonts.Tick) + Fonts.Ascent(FigureFonts.Tick);
            foreach (var line in _highCapLines)
            {
                canvas.Text(line, new Pt(x, baseline), FigureFonts.Tick);
                baseline += lineHeight;
            }
        }
        if (lastLow >= 0)
        {
            var x = _plotLeft + (lastLow + 1) * pitch - (pitch - barWidth) / 2;
            var baseline = _y.Range0 + CapMarkHeight + 2 + Fonts.Ascent(FigureFonts.Tick);
            foreach (var line in _lowCapLines)
            {
                canvas.Text(line, new Pt(x, baseline), FigureFonts.Tick, TextAnchor.End);
                baseline += lineHeight;
            }
        }
        canvas.EndGroup();
    }

    private List<string> CapLines(IEnumerable<WaterfallBar> cut)
    {
        var labels = cut.Select(b => CapLabel(b.ChangePercent)).ToList();
        return labels.Count == 0 ? [] : TextWrap.Lines(string.Join(", ", labels), FigureFonts.Tick, _plotRight - _plotLeft);
    }

    private static double CapRoom(List<string> lines) =>
        lines.Count == 0 ? 0 : CapMarkHeight + 2 + lines.Count * Fonts.LineHeight(FigureFonts.Tick);

    private void ReferenceLine(ICanvas canvas, double percent)
    {
        var y = _y.Map(percent);
        canvas.Line(new Pt(_plotLeft, y), new Pt(_plotRight, y), new Stroke(Palette.Ink, 0.75, 4, 2.5));
        canvas.Text(ReferenceLabel(percent), new Pt(_plotRight + 4, y + Fonts.CapHeight(FigureFonts.Tick) / 2), FigureFonts.Tick);
    }

    private static string ReferenceLabel(double percent) => Labels.Signed(percent, 1) + " %";

    private static string CapLabel(double percent) => Labels.Signed(percent, 0) + "\u00A0%";
}
