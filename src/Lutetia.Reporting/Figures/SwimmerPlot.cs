using System.Globalization;
using Lutetia.Domain;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Draws a <see cref="SwimmerModel"/>.</summary>
public sealed class SwimmerPlot : Figure
{
    private const double MaxPitch = 14;
    private const double MinLabelledPitch = 8.5;
    private const double LegendMarkerSize = 7;

    private readonly SwimmerModel _model;
    private readonly SwimmerLane[] _sorted;
    private readonly Dictionary<string, Rgb> _laneColors;
    private readonly Legend _legend;
    private readonly List<string> _yTitle;
    private readonly List<string> _xTitle;
    private readonly double[] _ticks;
    private readonly FigureTitle _title;
    private readonly double _width;
    private readonly double _height;
    private readonly double _pitch;
    private readonly double _marker;
    private readonly double _plotTop;
    private readonly double _legendTop;
    private readonly LinearScale _x;

    public SwimmerPlot(SwimmerModel model)
    {
        SwimmerChecks.Validate(model);
        _model = model;
        _sorted = [.. model.Lanes.OrderByDescending(l => l.FollowUpMonths)];
        _laneColors = model.LaneCategories.ToDictionary(c => c.Name, c => c.Color, StringComparer.Ordinal);
        _ticks = model.XAxis.TickTimes();

        var pad = FigureFonts.Pad;
        _width = model.WidthMm * PointsPerMm;
        _title = new FigureTitle(model.Title, _width);
        _pitch = Math.Min(MaxPitch, model.MaxPlotHeightMm * PointsPerMm / _sorted.Length);
        // Marks may overlap neighbouring lanes a little rather than shrink below legibility.
        _marker = Math.Clamp(_pitch * 0.72, 4.5, 8);
        ShowsPatientLabels = _pitch >= MinLabelledPitch;
        var plotHeight = _pitch * _sorted.Length;

        var yTitle = ShowsPatientLabels ? model.YAxisTitle
            : string.Create(CultureInfo.InvariantCulture, $"{model.YAxisTitle} (n = {_sorted.Length})");
        _yTitle = Axes.WrapVerticalTitle(yTitle, plotHeight);
        var labelWidth = ShowsPatientLabels
            ? TextWrap.MaxWidth(_sorted.Select(l => l.PatientId), FigureFonts.Tick) + 4
            : 0;
        var plotLeft = pad + Axes.VerticalTitleWidth(_yTitle.Count) + 4 + labelWidth;
        var lastTickHalf = Fonts.Width(Labels.Number(_ticks[^1]), FigureFonts.Tick) / 2;
        var plotRight = _width - pad - Math.Max(SwimmerMarkers.ArrowLength(_marker) + 1, lastTickHalf);
        _x = new LinearScale(0, model.XAxis.MaxMonths, plotLeft, plotRight);
        Axes.EnsureTicksFit((plotRight - plotLeft) * model.XAxis.TickIntervalMonths / model.XAxis.MaxMonths,
            TextWrap.MaxWidth(_ticks.Select(t => Labels.Number(t)), FigureFonts.Tick), "XAxis.TickIntervalMonths");

        _legend = new Legend(LegendEntries(), _width - pad - plotLeft);
        _legendTop = pad + _title.Height;
        _plotTop = _legendTop + _legend.Height + 8;
        _xTitle = TextWrap.Lines(model.XAxis.Title, FigureFonts.AxisTitle, plotRight - plotLeft);
        var xTitleTop = _plotTop + plotHeight + Axes.BottomLabelsDepth + 2;
        _height = xTitleTop + _xTitle.Count * Fonts.LineHeight(FigureFonts.AxisTitle) + pad;
    }

    public override double WidthPt => _width;

    public override double HeightPt => _height;

    public override string Description => _model.Title ?? "Swimmer plot: course of each patient from the first PRRT cycle";

    /// <summary>Whether lanes are tall enough for each patient's label (8 pt).</summary>
    public bool ShowsPatientLabels { get; }

    /// <summary>Distance between lane centres, in points.</summary>
    public double LanePitchPt => _pitch;

    private protected override void Draw(ICanvas canvas)
    {
        var pad = FigureFonts.Pad;
        _title.Draw(canvas);
        _legend.Draw(canvas, _x.Range0, _legendTop);
        var plotBottom = _plotTop + _pitch * _sorted.Length;

        canvas.BeginGroup("lanes");
        for (var i = 0; i < _sorted.Length; i++)
        {
            var lane = _sorted[i];
            var color = lane.Category is { } c ? _laneColors[c] : SwimmerMarkers.LaneColor;
            var height = _pitch * 0.55;
            canvas.Rectangle(_x.Range0, Middle(i) - height / 2, _x.Map(lane.FollowUpMonths) - _x.Range0, height, new Fill(color));
        }
        canvas.EndGroup();

        canvas.BeginGroup("markers");
        for (var i = 0; i < _sorted.Length; i++)
            LaneMarkers(canvas, _sorted[i], Middle(i));
        canvas.EndGroup();

        if (ShowsPatientLabels)
        {
            var half = Fonts.CapHeight(FigureFonts.Tick) / 2;
            canvas.BeginGroup("patient-labels");
            for (var i = 0; i < _sorted.Length; i++)
                canvas.Text(_sorted[i].PatientId, new Pt(_x.Range0 - 4, Middle(i) + half), FigureFonts.Tick, TextAnchor.End);
            canvas.EndGroup();
        }

        Axes.VerticalTitle(canvas, _yTitle, pad, (_plotTop + plotBottom) / 2);
        // No vertical axis line: it would hide the marks of the first cycle, given at time 0.
        Axes.Bottom(canvas, plotBottom, _x.Range0, _x.Range1, [.. _ticks.Select(_x.Map)], [.. _ticks.Select(t => Labels.Number(t))]);
        Axes.HorizontalTitle(canvas, _xTitle, (_x.Range0 + _x.Range1) / 2, plotBottom + Axes.BottomLabelsDepth + 2);
    }

    private double Middle(int lane) => _plotTop + (lane + 0.5) * _pitch;

    private void LaneMarkers(ICanvas canvas, SwimmerLane lane, double y)
    {
        // Cycle bars stay within their lane, or thin lanes would merge them into one line.
        var cycleHeight = Math.Min(_marker, _pitch * 0.85);
        foreach (var cycle in lane.CycleMonths)
            SwimmerMarkers.Cycle(canvas, new Pt(_x.Map(cycle), y), cycleHeight);
        if (lane.ResponseMonths is { } response)
            SwimmerMarkers.Response(canvas, new Pt(_x.Map(response), y), _marker, lane.Response);
        if (lane.ProgressionMonths is { } progression)
            SwimmerMarkers.Progression(canvas, new Pt(_x.Map(progression), y), _marker);
        if (lane.DeathMonths is { } death)
            SwimmerMarkers.Death(canvas, new Pt(_x.Map(death), y), _marker);
        if (lane.AliveAtLastNews)
            SwimmerMarkers.Alive(canvas, new Pt(_x.Map(lane.FollowUpMonths) + 1, y), _marker);
    }

    /// <summary>A legend entry for each kind of mark the lanes use, then each lane colour.</summary>
    private List<LegendEntry> LegendEntries()
    {
        const double s = LegendMarkerSize;
        var entries = new List<LegendEntry>();
        var lanes = _model.Lanes;
        if (lanes.Any(l => l.CycleMonths.Count > 0))
            entries.Add(new("PRRT cycle", (c, p) => SwimmerMarkers.Cycle(c, p, s)));
        if (lanes.Any(l => l.ResponseMonths is not null && l.Response == ResponseKind.Partial))
            entries.Add(new("Partial response", (c, p) => SwimmerMarkers.Response(c, p, s, ResponseKind.Partial)));
        if (lanes.Any(l => l.ResponseMonths is not null && l.Response == ResponseKind.Complete))
            entries.Add(new("Complete response", (c, p) => SwimmerMarkers.Response(c, p, s, ResponseKind.Complete)));
        if (lanes.Any(l => l.ProgressionMonths is not null))
            entries.Add(new("Progression", (c, p) => SwimmerMarkers.Progression(c, p, s)));
        if (lanes.Any(l => l.DeathMonths is not null))
            entries.Add(new("Death", (c, p) => SwimmerMarkers.Death(c, p, s)));
        if (lanes.Any(l => l.AliveAtLastNews))
            entries.Add(new("Alive at last news", (c, p) => SwimmerMarkers.Alive(c, new Pt(p.X - SwimmerMarkers.ArrowLength(s) / 2, p.Y), s)));
        for (var i = 0; i < _model.LaneCategories.Count; i++)
        {
            var color = _model.LaneCategories[i].Color;
            entries.Add(new(_model.LaneCategories[i].Name, (c, p) => SwimmerMarkers.Lane(c, p, s, color), Guard.At("LaneCategories", i) + ".Name"));
        }
        return entries;
    }
}
