using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

/// <summary>
/// Kaplan–Meier groups for the tests, from seeded exponential times: a plain product-limit with
/// Greenwood log-transformed limits, enough to give the figures realistic curves and tables.
/// </summary>
internal static class SampleSurvival
{
    public static KaplanMeierGroup Group(string label, int n, double medianMonths, double followUpMonths, int seed, TimeAxis axis)
    {
        var random = new Random(seed);
        var times = new double[n];
        var events = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var eventTime = -Math.Log(1 - random.NextDouble()) * medianMonths / Math.Log(2);
            var censorTime = followUpMonths * (0.3 + 0.7 * random.NextDouble());
            times[i] = Math.Round(Math.Min(eventTime, censorTime), 1);
            events[i] = eventTime <= censorTime;
        }
        Array.Sort(times, events);

        var stepTimes = new List<double>();
        var survival = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        var censors = new List<double>();
        double s = 1, greenwood = 0;
        var atRisk = n;
        for (var i = 0; i < n;)
        {
            var t = times[i];
            int d = 0, c = 0;
            for (; i < n && times[i] == t; i++)
            {
                if (events[i])
                    d++;
                else
                {
                    c++;
                    censors.Add(t);
                }
            }
            if (d > 0)
            {
                s *= 1 - (double)d / atRisk;
                if (atRisk > d)
                    greenwood += (double)d / (atRisk * (atRisk - d));
                var se = Math.Sqrt(greenwood);
                stepTimes.Add(t);
                survival.Add(s);
                lower.Add(s == 0 ? 0 : Math.Min(s, s * Math.Exp(-1.96 * se)));
                upper.Add(s == 0 ? 0 : Math.Min(1, s * Math.Exp(1.96 * se)));
            }
            atRisk -= d + c;
        }
        if (stepTimes.Count == 0)
        {
            stepTimes.Add(0);
            survival.Add(1);
            lower.Add(1);
            upper.Add(1);
        }

        var ticks = axis.TickTimes();
        var risk = new int[ticks.Length];
        var censored = new int[ticks.Length];
        var happened = new int[ticks.Length];
        for (var k = 0; k < ticks.Length; k++)
        {
            for (var i = 0; i < n; i++)
            {
                if (times[i] >= ticks[k])
                    risk[k]++;
                else if (events[i])
                    happened[k]++;
                else
                    censored[k]++;
            }
        }
        double? median = null;
        for (var i = 0; i < survival.Count; i++)
        {
            if (survival[i] <= 0.5)
            {
                median = stepTimes[i];
                break;
            }
        }
        return new KaplanMeierGroup(label, stepTimes, survival, censors, risk, censored, happened)
        {
            Lower = lower,
            Upper = upper,
            MedianMonths = median,
        };
    }

    public static KaplanMeierModel TwoGroups()
    {
        var axis = new TimeAxis(72, 12);
        return new KaplanMeierModel(
            [
                Group("MM-related PFS", 52, 90, 75, seed: 1, axis),
                Group("Non-MM PFS", 52, 50, 75, seed: 2, axis),
            ],
            axis);
    }
}
