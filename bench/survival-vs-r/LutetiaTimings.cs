using System.Diagnostics;
using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Survival;

namespace Lutetia.Bench.SurvivalVsR;

/// <summary>
/// The best (smallest) wall-clock seconds of each library call over the repetitions, on data
/// already in memory, after a warm-up run, and what one call allocates. The best, not the median:
/// on a shared machine it is the least disturbed by other work, and R is measured the same way.
/// </summary>
internal static class LutetiaTimings
{
    public sealed record Timing(string Operation, double Seconds, long AllocatedBytes);

    public sealed record Checks(double LogRankChiSquare, double CoxAge, double CoxMarker);

    public static (List<Timing> Timings, Checks Checks) Run(SyntheticSurvivalData d, int reps)
    {
        var covariates = new[] { new CoxCovariate("age", d.Age), new CoxCovariate("marker", d.Marker) };
        var timings = new List<Timing>
        {
            Time("km", reps, () => KaplanMeier.FitByGroup(d.Time, d.Status, d.Group).Curves.Length),
            Time("logrank", reps, () => LogRank.Test(d.Time, d.Status, d.Group).Test.Df),
            Time("cox", reps, () => CoxRegression.Fit(d.Time, d.Status, covariates).Iterations),
        };
        var logRank = LogRank.Test(d.Time, d.Status, d.Group).Test.ChiSquare;
        var cox = CoxRegression.Fit(d.Time, d.Status, covariates);
        return (timings, new Checks(logRank, cox.Coefficients[0].Coef, cox.Coefficients[1].Coef));
    }

    private static Timing Time(string operation, int reps, Func<int> call)
    {
        call(); // warm-up: JIT and first-touch of the arrays
        var seconds = new double[reps];
        long allocated = 0;
        for (int r = 0; r < reps; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            call();
            seconds[r] = watch.Elapsed.TotalSeconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Array.Sort(seconds);
        return new Timing(operation, seconds[0], allocated);
    }
}
