namespace Lutetia.Reporting.Figures.Layout;

/// <summary>Round tick values (steps of 1, 2, 2.5 or 5 × 10^k) covering an interval.</summary>
internal static class NiceTicks
{
    public static double[] Between(double min, double max, int targetCount)
    {
        var raw = (max - min) / targetCount;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = 10 * magnitude;
        foreach (var factor in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (factor * magnitude >= raw - 1e-12)
            {
                step = factor * magnitude;
                break;
            }
        }
        var first = Math.Ceiling(min / step - 1e-9);
        var last = Math.Floor(max / step + 1e-9);
        var ticks = new double[(int)(last - first) + 1];
        for (var i = 0; i < ticks.Length; i++)
            ticks[i] = Math.Round((first + i) * step, 10);
        return ticks;
    }
}
