using Lutetia.Domain;
using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>Axis lines with outward ticks and labels, and rotated axis titles.</summary>
internal static class Axes
{
    public const double TickLength = 3;
    public const double LabelGap = 2.5;

    /// <summary>Room a left axis needs for its tick labels, from the axis line outwards.</summary>
    public static double LeftLabelsWidth(IReadOnlyList<string> labels) =>
        TickLength + LabelGap + TextWrap.MaxWidth(labels, FigureFonts.Tick);

    /// <summary>Room a bottom axis needs below its line for ticks and labels.</summary>
    public static double BottomLabelsDepth =>
        TickLength + LabelGap + Fonts.LineHeight(FigureFonts.Tick);

    public static void Left(ICanvas canvas, double x, double yTop, double yBottom, double[] tickY, IReadOnlyList<string> labels)
    {
        canvas.BeginGroup("y-axis");
        canvas.Line(new Pt(x, yTop), new Pt(x, yBottom), FigureFonts.Axis);
        var half = Fonts.CapHeight(FigureFonts.Tick) / 2;
        for (var i = 0; i < tickY.Length; i++)
        {
            canvas.Line(new Pt(x - TickLength, tickY[i]), new Pt(x, tickY[i]), FigureFonts.Axis);
            canvas.Text(labels[i], new Pt(x - TickLength - LabelGap, tickY[i] + half), FigureFonts.Tick, TextAnchor.End);
        }
        canvas.EndGroup();
    }

    public static void Bottom(ICanvas canvas, double y, double xLeft, double xRight, double[] tickX, IReadOnlyList<string> labels)
    {
        canvas.BeginGroup("x-axis");
        canvas.Line(new Pt(xLeft, y), new Pt(xRight, y), FigureFonts.Axis);
        var baseline = y + TickLength + LabelGap + Fonts.Ascent(FigureFonts.Tick);
        for (var i = 0; i < tickX.Length; i++)
        {
            canvas.Line(new Pt(tickX[i], y), new Pt(tickX[i], y + TickLength), FigureFonts.Axis);
            canvas.Text(labels[i], new Pt(tickX[i], baseline), FigureFonts.Tick, TextAnchor.Middle);
        }
        canvas.EndGroup();
    }

    /// <summary>Refuses ticks so close that their labels (or table numbers) would touch.</summary>
    public static void EnsureTicksFit(double spacing, double widestLabel, string field)
    {
        if (TicksFit(spacing, widestLabel, field) is { } refusal)
            throw refusal.ToException();
    }

    /// <summary>Why ticks <paramref name="spacing"/> pt apart are too close for their labels, or null when they fit.</summary>
    public static DataProblem? TicksFit(double spacing, double widestLabel, string field)
    {
        const double MinimumGap = 3;
        return spacing < widestLabel + MinimumGap
            ? new DataProblem(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{field} puts ticks {spacing:F1} pt apart, too close for labels {widestLabel:F1} pt wide at this width; choose a longer interval."), field)
            : null;
    }

    /// <summary>Breaks a vertical axis title to the axis length.</summary>
    public static List<string> WrapVerticalTitle(string title, double axisLength) =>
        TextWrap.Lines(title, FigureFonts.AxisTitle, axisLength);

    /// <summary>Horizontal room a rotated title of <paramref name="lineCount"/> lines takes.</summary>
    public static double VerticalTitleWidth(int lineCount) =>
        lineCount == 0 ? 0 : Fonts.LineHeight(FigureFonts.AxisTitle) * lineCount;

    /// <summary>Draws a title reading bottom-to-top, its block starting at <paramref name="xLeft"/>.</summary>
    public static void VerticalTitle(ICanvas canvas, IReadOnlyList<string> lines, double xLeft, double yMiddle)
    {
        var style = FigureFonts.AxisTitle;
        var lineHeight = Fonts.LineHeight(style);
        var ascent = Fonts.Ascent(style);
        canvas.BeginGroup("y-title");
        for (var i = 0; i < lines.Count; i++)
            canvas.Text(lines[i], new Pt(xLeft + ascent + i * lineHeight, yMiddle), style, TextAnchor.Middle, -90);
        canvas.EndGroup();
    }

    /// <summary>Draws a centred horizontal title whose first baseline follows <paramref name="yTop"/>.</summary>
    public static void HorizontalTitle(ICanvas canvas, IReadOnlyList<string> lines, double xMiddle, double yTop)
    {
        var style = FigureFonts.AxisTitle;
        var lineHeight = Fonts.LineHeight(style);
        var ascent = Fonts.Ascent(style);
        canvas.BeginGroup("x-title");
        for (var i = 0; i < lines.Count; i++)
            canvas.Text(lines[i], new Pt(xMiddle, yTop + ascent + i * lineHeight), style, TextAnchor.Middle);
        canvas.EndGroup();
    }
}
