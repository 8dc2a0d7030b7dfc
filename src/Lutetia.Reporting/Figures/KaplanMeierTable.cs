using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// The KMunicate table under the x axis: per group a heading in the curve's colour, then the
/// rows "At risk", "Censored" and "Events", each number centred on its x tick.
/// </summary>
internal sealed class KaplanMeierTable
{
    private const double Indent = 8;
    private const double LabelGap = 8;
    private const double GroupGap = 5;
    private static readonly string[] RowLabels = ["At risk", "Censored", "Events"];
    private static readonly string[] RowRoles = ["at-risk", "censored", "events"];

    private readonly IReadOnlyList<KaplanMeierGroup> _groups;
    private readonly Rgb[] _colors;
    private readonly double _headingHeight;
    private readonly double _rowHeight;

    public KaplanMeierTable(IReadOnlyList<KaplanMeierGroup> groups, Rgb[] colors)
    {
        _groups = groups;
        _colors = colors;
        _headingHeight = Fonts.LineHeight(FigureFonts.TableHeading);
        _rowHeight = Fonts.LineHeight(FigureFonts.Table);
        LabelColumnWidth = Indent + TextWrap.MaxWidth(RowLabels, FigureFonts.Table) + LabelGap;
    }

    /// <summary>Width of the row-label column, from the figure's left margin.</summary>
    public double LabelColumnWidth { get; }

    public double Height =>
        _groups.Count * (_headingHeight + RowLabels.Length * _rowHeight) + (_groups.Count - 1) * GroupGap;

    /// <summary>Half the widest number of one column: how far it reaches either side of its tick.</summary>
    public double HalfNumberWidth(int column)
    {
        var max = 0.0;
        foreach (var group in _groups)
        {
            max = Math.Max(max, Fonts.Width(Labels.Count(group.AtRisk[column]), FigureFonts.Table));
            max = Math.Max(max, Fonts.Width(Labels.Count(group.Censored[column]), FigureFonts.Table));
            max = Math.Max(max, Fonts.Width(Labels.Count(group.Events[column]), FigureFonts.Table));
        }
        return max / 2;
    }

    public void Draw(ICanvas canvas, double[] tickX, double left, double top)
    {
        var y = top;
        canvas.BeginGroup("risk-table");
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            y += Fonts.Ascent(FigureFonts.TableHeading);
            canvas.Text(group.Label, new Pt(left, y), FigureFonts.TableHeading.WithColor(_colors[g]));
            y += _headingHeight - Fonts.Ascent(FigureFonts.TableHeading);
            IReadOnlyList<int>[] rows = [group.AtRisk, group.Censored, group.Events];
            for (var r = 0; r < rows.Length; r++)
            {
                var baseline = y + Fonts.Ascent(FigureFonts.Table);
                canvas.BeginGroup(RowRoles[r]);
                canvas.Text(RowLabels[r], new Pt(left + Indent, baseline), FigureFonts.Table);
                for (var i = 0; i < tickX.Length; i++)
                    canvas.Text(Labels.Count(rows[r][i]), new Pt(tickX[i], baseline), FigureFonts.Table, TextAnchor.Middle);
                canvas.EndGroup();
                y += _rowHeight;
            }
            y += GroupGap;
        }
        canvas.EndGroup();
    }
}
