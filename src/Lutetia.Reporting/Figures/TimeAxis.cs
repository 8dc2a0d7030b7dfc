using Lutetia.Domain;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// A time axis in months from 0 to <paramref name="MaxMonths"/>, ticked every
/// <paramref name="TickIntervalMonths"/> (12 for yearly marks).
/// </summary>
public sealed record TimeAxis(double MaxMonths, double TickIntervalMonths, string Title = "Time since first PRRT cycle (months)")
{
    /// <summary>The tick times: 0, interval, 2 × interval, … up to the maximum. Tables under
    /// a Kaplan–Meier plot give one value per tick, in this order.</summary>
    public double[] TickTimes()
    {
        Validate("XAxis");
        var count = (int)Math.Floor(MaxMonths / TickIntervalMonths + 1e-9) + 1;
        var ticks = new double[count];
        for (var i = 0; i < count; i++)
            ticks[i] = i * TickIntervalMonths;
        return ticks;
    }

    internal void Validate(string field)
    {
        Guard.Positive(MaxMonths, field + ".MaxMonths");
        Guard.Positive(TickIntervalMonths, field + ".TickIntervalMonths");
        if (MaxMonths / TickIntervalMonths > 40)
            throw Guard.Fail(field + ".TickIntervalMonths", "gives more than 40 ticks; choose a longer interval.");
        Guard.Label(Title, field + ".Title");
    }
}
