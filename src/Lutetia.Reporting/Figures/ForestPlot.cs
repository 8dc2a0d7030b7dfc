using System.Globalization;
using Lutetia.Domain;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Draws a <see cref="ForestModel"/>: the table on the left and right, the estimates in between.</summary>
public sealed class ForestPlot : Figure
{
    private const string CountHeading = "n (events)";
    private const string EstimateHeading = "HR (95 % CI)";
    private const string PHeading = "p";
    private const double Gap = 8;
    private const double Indent = 8;
    private const double Square = 5;
    private const double MinimumPlotWidth = 60;

    private readonly ForestModel _model;
    private readonly ForestScale _scale;
    private readonly FigureTitle _title;
    private readonly string[] _estimates;
    private readonly string[] _p;
    private readonly List<string> _xTitle;
    private readonly double _width;
    private readonly double _height;
    private readonly double _rowHeight;
    private readonly double _tableTop;
    private readonly double _countEnd;
    private readonly double _plotLeft;
    private readonly double _plotRight;
    private readonly double _estimateStart;
    private readonly double _axisY;

    public ForestPlot(ForestModel model)
    {
        ForestChecks.Validate(model);
        _model = model;
        _scale = new ForestScale(model);
        var pad = FigureFonts.Pad;
        _width = model.WidthMm * PointsPerMm;
        _title = new FigureTitle(model.Title, _width);
        _estimates = [.. model.Rows.Select(EstimateText)];
        _p = [.. model.Rows.Select(r => r.P is { } p ? PText(p) : "")];
        var labelWidth = Math.Max(Fonts.Width(model.LabelHeading, FigureFonts.TableHeading),
            model.Rows.Max(r => Fonts.Width(r.Label, LabelStyle(r)) + (r.IsLevel ? Indent : 0)));
        var countWidth = Math.Max(Fonts.Width(CountHeading, FigureFonts.TableHeading), model.Rows.Max(r => Fonts.Width(r.Count ?? "", FigureFonts.Table)));
        var estimateWidth = Math.Max(Fonts.Width(EstimateHeading, FigureFonts.TableHeading), _estimates.Max(e => Fonts.Width(e, FigureFonts.Table)));
        var pWidth = Math.Max(Fonts.Width(PHeading, FigureFonts.TableHeading), _p.Max(p => Fonts.Width(p, FigureFonts.Table)));
        _countEnd = pad + labelWidth + Gap + countWidth;
        _plotLeft = _countEnd + Gap;
        _estimateStart = _width - pad - pWidth - Gap - estimateWidth;
        _plotRight = _estimateStart - Gap;
        if (_plotRight - _plotLeft < MinimumPlotWidth)
            throw Guard.Fail("WidthMm", string.Create(CultureInfo.InvariantCulture,
                $"is {model.WidthMm} mm, too narrow for these labels: the estimates would have {_plotRight - _plotLeft:F0} pt; widen the figure or shorten the labels."));
        _rowHeight = Fonts.LineHeight(FigureFonts.Table) + 4;
        _tableTop = pad + _title.Height + _rowHeight;
        _axisY = _tableTop + model.Rows.Count * _rowHeight + 2;
        _xTitle = TextWrap.Lines(model.XAxisTitle, FigureFonts.AxisTitle, _plotRight - _plotLeft);
        _height = _axisY + Axes.BottomLabelsDepth + 4 + _xTitle.Count * Fonts.LineHeight(FigureFonts.AxisTitle) + pad;
    }

    public override double WidthPt => _width;

    public override double HeightPt => _height;

    public override string Description => _model.Title ?? "Forest plot: " + _model.XAxisTitle;

    private protected override void Draw(ICanvas canvas)
    {
        _title.Draw(canvas);
        Header(canvas);
        var one = _scale.Map(1, _plotLeft, _plotRight);
        canvas.Line(new Pt(one, _tableTop), new Pt(one, _axisY), new Stroke(Palette.MidGrey, 0.75, 3, 2));
        canvas.BeginGroup("rows");
        for (var i = 0; i < _model.Rows.Count; i++)
            Row(canvas, i);
        canvas.EndGroup();
        var ticks = _scale.Ticks(_plotLeft, _plotRight);
        Axes.Bottom(canvas, _axisY, _plotLeft, _plotRight, [.. ticks.Select(t => _scale.Map(t, _plotLeft, _plotRight))],
            [.. ticks.Select(ForestScale.Label)]);
        Axes.HorizontalTitle(canvas, _xTitle, (_plotLeft + _plotRight) / 2, _axisY + Axes.BottomLabelsDepth + 4);
    }

    private void Header(ICanvas canvas)
    {
        var pad = FigureFonts.Pad;
        var style = FigureFonts.TableHeading;
        var baseline = _tableTop - _rowHeight / 2 + Fonts.CapHeight(style) / 2;
        canvas.BeginGroup("header");
        canvas.Text(_model.LabelHeading, new Pt(pad, baseline), style);
        canvas.Text(CountHeading, new Pt(_countEnd, baseline), style, TextAnchor.End);
        canvas.Text(EstimateHeading, new Pt(_estimateStart, baseline), style);
        canvas.Text(PHeading, new Pt(_width - pad, baseline), style, TextAnchor.End);
        canvas.Line(new Pt(pad, _tableTop), new Pt(_width - pad, _tableTop), new Stroke(Palette.LightGrey, 0.5));
        canvas.EndGroup();
    }

    private void Row(ICanvas canvas, int i)
    {
        var row = _model.Rows[i];
        var centre = _tableTop + (i + 0.5) * _rowHeight;
        var baseline = centre + Fonts.CapHeight(FigureFonts.Table) / 2;
        canvas.Text(row.Label, new Pt(FigureFonts.Pad + (row.IsLevel ? Indent : 0), baseline), LabelStyle(row));
        if (row.Count is not null)
            canvas.Text(row.Count, new Pt(_countEnd, baseline), FigureFonts.Table, TextAnchor.End);
        if (row.IsReference)
            canvas.Text(_estimates[i], new Pt(_estimateStart, baseline), FigureFonts.Table.WithColor(Palette.MidGrey));
        if (!row.HasEstimate)
            return;
        Interval(canvas, row, centre);
        canvas.Text(_estimates[i], new Pt(_estimateStart, baseline), FigureFonts.Table);
        canvas.Text(_p[i], new Pt(_width - FigureFonts.Pad, baseline), FigureFonts.Table, TextAnchor.End);
    }

    /// <summary>The CI as a line (an arrowhead where it runs past the axis) and the HR as a square.</summary>
    private void Interval(ICanvas canvas, ForestRow row, double centre)
    {
        var ink = new Stroke(Palette.Ink, 0.9);
        var left = _scale.Map(Math.Max(row.Lower!.Value, _scale.Min), _plotLeft, _plotRight);
        var right = _scale.Map(Math.Min(row.Upper!.Value, _scale.Max), _plotLeft, _plotRight);
        canvas.Line(new Pt(left, centre), new Pt(right, centre), ink);
        if (row.Lower < _scale.Min)
            canvas.Polygon([new Pt(left, centre), new Pt(left + 4, centre - 2.5), new Pt(left + 4, centre + 2.5)], new Fill(Palette.Ink));
        if (row.Upper > _scale.Max)
            canvas.Polygon([new Pt(right, centre), new Pt(right - 4, centre - 2.5), new Pt(right - 4, centre + 2.5)], new Fill(Palette.Ink));
        var hr = row.HazardRatio!.Value;
        if (hr >= _scale.Min && hr <= _scale.Max)
        {
            var x = _scale.Map(hr, _plotLeft, _plotRight);
            canvas.Rectangle(x - Square / 2, centre - Square / 2, Square, Square, new Fill(Palette.Blue));
        }
    }

    private static TextStyle LabelStyle(ForestRow row) => row.IsHeading ? FigureFonts.TableHeading : FigureFonts.Table;

    private static string EstimateText(ForestRow row) =>
        row.IsReference ? "reference"
        : row.HasEstimate ? $"{Labels.Fixed(row.HazardRatio!.Value, 2)} ({Labels.Fixed(row.Lower!.Value, 2)}–{Labels.Fixed(row.Upper!.Value, 2)})"
        : "";

    /// <summary>p to three decimals, "&lt;0.001" below.</summary>
    internal static string PText(double p) => p < 0.001 ? "<0.001" : Labels.Fixed(p, 3);
}
