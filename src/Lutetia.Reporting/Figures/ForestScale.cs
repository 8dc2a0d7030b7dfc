using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// The logarithmic hazard-ratio axis of a forest plot: limits on the 1-2-5 series around the
/// intervals (always including 1), ticks on that series thinned until their labels fit.
/// </summary>
internal sealed class ForestScale
{
    private static readonly double[] Series = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

    public ForestScale(ForestModel model)
    {
        var low = 1.0;
        var high = 1.0;
        foreach (var row in model.Rows)
        {
            if (!row.HasEstimate)
                continue;
            low = Math.Min(low, row.Lower!.Value);
            high = Math.Max(high, row.Upper!.Value);
        }
        Min = model.XMin ?? Series.LastOrDefault(s => s <= low, Series[0]);
        Max = model.XMax ?? Series.FirstOrDefault(s => s >= high, Series[^1]);
    }

    public double Min { get; }

    public double Max { get; }

    /// <summary>The point of a hazard ratio between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public double Map(double hr, double left, double right) =>
        new LinearScale(Math.Log(Min), Math.Log(Max), left, right).Map(Math.Log(hr));

    /// <summary>Ticks on the 1-2-5 series within the limits; every other one dropped while labels would touch.</summary>
    public double[] Ticks(double left, double right)
    {
        var ticks = Series.Where(s => s >= Min * (1 - 1e-12) && s <= Max * (1 + 1e-12)).ToList();
        foreach (var end in new[] { Min, Max })
        {
            if (!ticks.Any(t => Math.Abs(t - end) <= 1e-12 * end))
                ticks.Add(end);
        }
        ticks.Sort();
        if (!Fits(ticks, left, right))
            ticks = [.. ticks.Where(t => t == 1 || t == Min || t == Max || IsPowerOfTen(t))];
        if (!Fits(ticks, left, right))
            ticks = [.. new[] { Min, 1, Max }.Distinct()];
        return [.. ticks];
    }

    public static string Label(double hr) => Labels.Number(hr, hr < 0.1 ? 2 : hr < 1 ? 2 : 1);

    private bool Fits(List<double> ticks, double left, double right)
    {
        for (var i = 1; i < ticks.Count; i++)
        {
            var gap = Map(ticks[i], left, right) - Map(ticks[i - 1], left, right);
            var room = (Drawing.Fonts.Width(Label(ticks[i]), FigureFonts.Tick) + Drawing.Fonts.Width(Label(ticks[i - 1]), FigureFonts.Tick)) / 2 + 3;
            if (gap < room)
                return false;
        }
        return true;
    }

    private static bool IsPowerOfTen(double t)
    {
        var l = Math.Log10(t);
        return Math.Abs(l - Math.Round(l)) < 1e-9;
    }
}
