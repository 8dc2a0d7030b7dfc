namespace Lutetia.Reporting.Figures.Layout;

/// <summary>
/// Round tick steps (1, 2, 2.5 or 5 × 10^k) and the ticks they give over an interval: the one tick
/// routine of the figures (the waterfall's percent axis, the Kaplan–Meier time axis of
/// <c>lutetia survival</c>).
/// </summary>
internal static class NiceTicks
{
    /// <summary>The smallest of 1, 2, 2.5, 5 × 10^k that is at least <paramref name="raw"/> (relative slack 10⁻¹²).</summary>
    public static double Step(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var factor in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (factor * magnitude >= raw * (1 - 1e-12))
                return factor * magnitude;
        }
        return 10 * magnitude;
    }

    /// <summary>The multiples of a round step about (max − min) / <paramref name="targetCount"/> that lie in [min, max].</summary>
    public static double[] Between(double min, double max, int targetCount)
    {
        var step = Step((max - min) / targetCount);
        var first = Math.Ceiling(min / step - 1e-9);
        var last = Math.Floor(max / step + 1e-9);
        var ticks = new double[(int)(last - first) + 1];
        for (var i = 0; i < ticks.Length; i++)
            ticks[i] = Math.Round((first + i) * step, 10);
        return ticks;
    }
}
