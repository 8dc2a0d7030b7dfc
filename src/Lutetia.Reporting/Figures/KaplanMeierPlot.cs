using Lutetia.Domain;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// Draws a <see cref="KaplanMeierModel"/> in the KMunicate style (Morris et al., BMJ Open
/// 2019;9:e030215): curves, bands, censoring marks, median lines, and the at-risk / censored /
/// events table whose numbers sit exactly under the x ticks.
/// </summary>
public sealed class KaplanMeierPlot : Figure
{
    private const double CurveWidth = 1.5;
    private const double BandOpacity = 0.18;
    private const double CensorHalfHeight = 2.5;

    /// <summary>Points closer than this (0.2 pixel at 300 dpi) print as one.</summary>
    private const double Resolution = 0.05;

    /// <summary>Censoring marks closer than this overprint one another.</summary>
    private const double MarkResolution = 0.5;

    private readonly KaplanMeierModel _model;
    private readonly double[] _ticks;
    private readonly Rgb[] _colors;
    private readonly Legend _legend;
    private readonly List<string> _yTitle;
    private readonly List<string> _xTitle;
    private readonly string[] _yLabels;
    private readonly KaplanMeierTable _table;
    private readonly FigureTitle _title;
    private readonly double _width;
    private readonly double _height;
    private readonly LinearScale _x;
    private readonly LinearScale _y;
    private readonly double _plotTop;
    private readonly double _plotBottom;
    private readonly double _xTitleTop;
    private readonly double _tableTop;

    public KaplanMeierPlot(KaplanMeierModel model) : this(KaplanMeierFrame.TryOf(model).OrThrow())
    {
    }

    /// <summary>
    /// The plot, or a refusal when the numbers under the x ticks would touch at this width (a
    /// longer tick interval is then needed); any other fault of the model still throws.
    /// </summary>
    public static Attempt<KaplanMeierPlot> TryCreate(KaplanMeierModel model) =>
        KaplanMeierFrame.TryOf(model).Map(frame => new KaplanMeierPlot(frame));

    private KaplanMeierPlot(KaplanMeierFrame frame)
    {
        var model = frame.Model;
        _model = model;
        _ticks = frame.Ticks;
        _colors = frame.Colors;
        _width = frame.Width;
        _title = frame.Title;
        _yLabels = frame.YLabels;
        _yTitle = frame.YTitle;
        _table = frame.Table;
        var pad = FigureFonts.Pad;
        var plotHeight = model.PlotHeightMm * PointsPerMm;
        var (plotLeft, plotRight, entries) = (frame.PlotLeft, frame.PlotRight, frame.Legend);
        _legend = new Legend(entries, _width - pad - plotLeft);
        _plotTop = pad + _title.Height + _legend.Height + 10;
        _plotBottom = _plotTop + plotHeight;
        _x = new LinearScale(0, model.XAxis.MaxMonths, plotLeft, plotRight);
        _y = new LinearScale(0, 1, _plotBottom, _plotTop);
        _xTitle = TextWrap.Lines(model.XAxis.Title, FigureFonts.AxisTitle, plotRight - plotLeft);
        _xTitleTop = _plotBottom + Axes.BottomLabelsDepth + 2;
        _tableTop = _xTitleTop + _xTitle.Count * Fonts.LineHeight(FigureFonts.AxisTitle) + 10;
        _height = _tableTop + _table.Height + pad;
    }

    public override double WidthPt => _width;

    public override double HeightPt => _height;

    public override string Description =>
        _model.Title ?? "Kaplan–Meier curves: " + string.Join(", ", _model.Groups.Select(g => g.Label));

    /// <summary>The x position, in points, of each tick (and of each table column).</summary>
    public IReadOnlyList<double> TickPositionsPt => _ticks.Select(_x.Map).ToArray();

    private protected override void Draw(ICanvas canvas)
    {
        var pad = FigureFonts.Pad;
        _title.Draw(canvas);
        _legend.Draw(canvas, _x.Range0, _plotTop - 10 - _legend.Height);

        var left = _x.Range0;
        var right = _x.Range1;
        canvas.BeginClip(left, _plotTop - 3, right - left + 1, _plotBottom - _plotTop + 4);
        if (_model.ShowMedianLines)
            MedianLines(canvas);
        // All bands first, then all curves: no band may tint another group's curve.
        var steps = _model.Groups.Select(g => new KaplanMeierSteps(g)).ToArray();
        for (var g = 0; g < steps.Length; g++)
        {
            if (_model.ShowConfidenceBands && steps[g].Lower is not null)
                Band(canvas, steps[g], _colors[g]);
        }
        for (var g = 0; g < steps.Length; g++)
        {
            canvas.BeginGroup("curve");
            canvas.Polyline(StepPoints(steps[g].Times, steps[g].Survival, steps[g].EndMonths, forward: true), new Stroke(_colors[g], CurveWidth));
            canvas.EndGroup();
            if (_model.ShowCensorMarks)
                CensorMarks(canvas, _model.Groups[g], steps[g], _colors[g]);
        }
        canvas.EndClip();

        Axes.Left(canvas, left, _plotTop, _plotBottom, [_y.Map(0), _y.Map(0.25), _y.Map(0.5), _y.Map(0.75), _y.Map(1)], _yLabels);
        Axes.VerticalTitle(canvas, _yTitle, pad, (_plotTop + _plotBottom) / 2);
        var tickX = _ticks.Select(_x.Map).ToArray();
        Axes.Bottom(canvas, _plotBottom, left, right, tickX, _ticks.Select(t => Labels.Number(t)).ToArray());
        Axes.HorizontalTitle(canvas, _xTitle, (left + right) / 2, _xTitleTop);
        _table.Draw(canvas, tickX, pad, _tableTop);
    }

    private void MedianLines(ICanvas canvas)
    {
        var level = _y.Map(0.5);
        var stroke = new Stroke(Palette.MidGrey, 0.75, 3, 2);
        canvas.BeginGroup("median-lines");
        foreach (var group in _model.Groups)
        {
            if (group.MedianMonths is not { } median || median > _model.XAxis.MaxMonths)
                continue;
            var x = _x.Map(median);
            canvas.Polyline([new Pt(_x.Range0, level), new Pt(x, level), new Pt(x, _plotBottom)], stroke);
        }
        canvas.EndGroup();
    }

    private void Band(ICanvas canvas, KaplanMeierSteps steps, Rgb color)
    {
        var upper = StepPoints(steps.Times, steps.Upper!, steps.EndMonths, forward: true);
        var lower = StepPoints(steps.Times, steps.Lower!, steps.EndMonths, forward: false);
        canvas.BeginGroup("confidence-band");
        canvas.Polygon([.. upper, .. lower], new Fill(color, BandOpacity));
        canvas.EndGroup();
    }

    private void CensorMarks(ICanvas canvas, KaplanMeierGroup group, KaplanMeierSteps steps, Rgb color)
    {
        var stroke = new Stroke(color, 1);
        // Marks that would print on top of one another (they are 1 pt wide) are drawn once.
        var drawn = new HashSet<(long, long)>();
        canvas.BeginGroup("censor-marks");
        foreach (var time in group.CensorTimesMonths)
        {
            if (time > _model.XAxis.MaxMonths)
                continue;
            var x = _x.Map(time);
            var y = _y.Map(steps.SurvivalAt(time));
            if (drawn.Add(((long)Math.Round(x / MarkResolution), (long)Math.Round(y / MarkResolution))))
                canvas.Line(new Pt(x, y - CensorHalfHeight), new Pt(x, y + CensorHalfHeight), stroke);
        }
        canvas.EndGroup();
    }

    /// <summary>The corners of a right-continuous step function, forwards or backwards in time.</summary>
    private Pt[] StepPoints(double[] times, double[] values, double end, bool forward)
    {
        var n = times.Length;
        var points = new List<Pt>(2 * n);
        for (var i = 0; i < n; i++)
        {
            var next = i + 1 < n ? times[i + 1] : end;
            var y = _y.Map(values[i]);
            AddCorner(points, new Pt(_x.Map(times[i]), y));
            AddCorner(points, new Pt(_x.Map(next), y));
        }
        if (!forward)
            points.Reverse();
        return [.. points];
    }

    /// <summary>
    /// Adds a corner, merging it into the last segment when the three points run along one
    /// horizontal, or within <see cref="Resolution"/> of one vertical: a curve of a million steps
    /// then costs a few thousand points, with no difference visible at print resolution.
    /// </summary>
    private static void AddCorner(List<Pt> points, Pt corner)
    {
        if (points.Count > 0 && points[^1] == corner)
            return;
        if (points.Count >= 2)
        {
            var a = points[^2];
            var b = points[^1];
            var horizontal = a.Y == b.Y && b.Y == corner.Y;
            var vertical = Math.Abs(b.X - a.X) < Resolution && Math.Abs(corner.X - a.X) < Resolution;
            if (horizontal || vertical)
            {
                points[^1] = corner;
                return;
            }
        }
        points.Add(corner);
    }

    internal static void LegendSwatch(ICanvas canvas, Pt centre, Rgb color, bool banded)
    {
        var half = Legend.SwatchWidth / 2;
        if (banded)
            canvas.Rectangle(centre.X - half, centre.Y - 3.5, Legend.SwatchWidth, 7, new Fill(color, BandOpacity));
        canvas.Line(new Pt(centre.X - half, centre.Y), new Pt(centre.X + half, centre.Y), new Stroke(color, CurveWidth));
    }
}
