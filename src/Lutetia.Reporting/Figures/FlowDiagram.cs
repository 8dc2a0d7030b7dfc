using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// Draws a <see cref="FlowDiagramModel"/>: the main column of boxes, the exclusion box to its
/// right, and a row of analysis boxes fed by one branching arrow.
/// </summary>
public sealed class FlowDiagram : Figure
{
    private const double VerticalGap = 14;
    private const double ColumnGap = 18;
    private const double RowGap = 10;
    private const double ArrowHead = 5;

    private readonly FlowDiagramModel _model;
    private readonly FigureTitle _title;
    private readonly double _width;
    private readonly double _height;
    private readonly double _top;
    private readonly double _mainLeft;
    private readonly double _mainWidth;
    private readonly double _sideLeft;
    private readonly double _sideWidth;
    private readonly double _analysisWidth;
    private readonly FlowBoxText _screened;
    private readonly FlowBoxText _excluded;
    private readonly FlowBoxText _included;
    private readonly FlowBoxText[] _analysed;
    private readonly double _analysisHeight;

    public FlowDiagram(FlowDiagramModel model)
    {
        FlowDiagramChecks.Validate(model);
        _model = model;
        var pad = FigureFonts.Pad;
        _width = model.WidthMm * PointsPerMm;
        _title = new FigureTitle(model.Title, _width);
        var inner = _width - 2 * pad;
        _mainWidth = 0.42 * inner;
        _mainLeft = pad + 0.4 * inner - _mainWidth / 2;
        _sideLeft = _mainLeft + _mainWidth + ColumnGap;
        _sideWidth = _width - pad - _sideLeft;
        var k = model.Analysed.Count;
        _analysisWidth = k == 1 ? _mainWidth : (inner - (k - 1) * RowGap) / k;

        _screened = FlowBoxText.ForBox(model.Screened, _mainWidth);
        _excluded = FlowBoxText.ForExclusions(model.Excluded, model.ExclusionReasons, _sideWidth);
        _included = FlowBoxText.ForBox(model.Included, _mainWidth);
        _analysed = [.. model.Analysed.Select(b => FlowBoxText.ForBox(b, _analysisWidth))];
        _analysisHeight = _analysed.Max(a => a.Height);

        _top = pad + _title.Height;
        _height = AnalysisTop + _analysisHeight + pad;
    }

    public override double WidthPt => _width;

    public override double HeightPt => _height;

    public override string Description => _model.Title ?? "Flow of patients through the study";

    private double ExcludedTop => _top + _screened.Height + VerticalGap;

    private double IncludedTop => ExcludedTop + _excluded.Height + VerticalGap;

    private double BusY => IncludedTop + _included.Height + VerticalGap * 0.8;

    private double AnalysisTop => BusY + VerticalGap;

    private double MainCentre => _mainLeft + _mainWidth / 2;

    private protected override void Draw(ICanvas canvas)
    {
        _title.Draw(canvas);

        canvas.BeginGroup("arrows");
        var cx = MainCentre;
        Arrow(canvas, new Pt(cx, _top + _screened.Height), new Pt(cx, IncludedTop));
        var sideMiddle = ExcludedTop + _excluded.Height / 2;
        Arrow(canvas, new Pt(cx, sideMiddle), new Pt(_sideLeft, sideMiddle));
        var centres = AnalysisCentres();
        if (centres.Length == 1)
        {
            Arrow(canvas, new Pt(cx, IncludedTop + _included.Height), new Pt(centres[0], AnalysisTop));
        }
        else
        {
            canvas.Line(new Pt(cx, IncludedTop + _included.Height), new Pt(cx, BusY), Line);
            canvas.Line(new Pt(Math.Min(centres[0], cx), BusY), new Pt(Math.Max(centres[^1], cx), BusY), Line);
            foreach (var x in centres)
                Arrow(canvas, new Pt(x, BusY), new Pt(x, AnalysisTop));
        }
        canvas.EndGroup();

        canvas.BeginGroup("flow-boxes");
        _screened.Draw(canvas, _mainLeft, _top, _mainWidth, _screened.Height);
        _excluded.Draw(canvas, _sideLeft, ExcludedTop, _sideWidth, _excluded.Height);
        _included.Draw(canvas, _mainLeft, IncludedTop, _mainWidth, _included.Height);
        for (var i = 0; i < _analysed.Length; i++)
            _analysed[i].Draw(canvas, centres[i] - _analysisWidth / 2, AnalysisTop, _analysisWidth, _analysisHeight);
        canvas.EndGroup();
    }

    private static Stroke Line => new(Palette.Ink, 0.8);

    private double[] AnalysisCentres()
    {
        if (_analysed.Length == 1)
            return [MainCentre];
        var centres = new double[_analysed.Length];
        for (var i = 0; i < centres.Length; i++)
            centres[i] = FigureFonts.Pad + _analysisWidth / 2 + i * (_analysisWidth + RowGap);
        return centres;
    }

    /// <summary>A straight arrow, horizontal or vertical, its head touching <paramref name="to"/>.</summary>
    private static void Arrow(ICanvas canvas, Pt from, Pt to)
    {
        var length = Math.Sqrt((to.X - from.X) * (to.X - from.X) + (to.Y - from.Y) * (to.Y - from.Y));
        var ux = (to.X - from.X) / length;
        var uy = (to.Y - from.Y) / length;
        var baseX = to.X - ux * ArrowHead;
        var baseY = to.Y - uy * ArrowHead;
        canvas.Line(from, new Pt(baseX, baseY), Line);
        var half = ArrowHead * 0.45;
        canvas.Polygon([to, new Pt(baseX - uy * half, baseY + ux * half), new Pt(baseX + uy * half, baseY - ux * half)], new Fill(Palette.Ink));
    }
}
