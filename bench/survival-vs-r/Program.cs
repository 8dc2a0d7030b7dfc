using System.Diagnostics;
using System.Globalization;
using Lutetia.Bench.SurvivalVsR;

// Issue 4's speed target: Lutetia against R's survival on the same CSV files, in one run.
//   dotnet run -c Release --project bench/survival-vs-r [-- --sizes 100000,1000000 --reps 3 --seed 20261125]
// Prints a markdown table (docs/performance.md): the best seconds of 3 (after a warm-up) of each library call on data
// already in memory, the ratio R / Lutetia, and the growth from the first size to the last.
var sizes = Option("--sizes", "100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
int reps = int.Parse(Option("--reps", "3"), CultureInfo.InvariantCulture);
int seed = int.Parse(Option("--seed", "20261125"), CultureInfo.InvariantCulture);
string folder = Path.Combine(Path.GetTempPath(), $"lutetia-survival-vs-r-{Environment.ProcessId}");
Directory.CreateDirectory(folder);
var c = CultureInfo.InvariantCulture;
var rows = new List<(int N, string Op, double Ours, double R, long Allocated)>();
try
{
    foreach (int n in sizes)
    {
        string csv = Path.Combine(folder, $"survival-{n}.csv");
        SyntheticSurvivalData.Write(csv, n, seed);
        var data = SyntheticSurvivalData.Read(csv);
        var (timings, checks) = LutetiaTimings.Run(data, reps);
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var r = RTimings.Run(csv, reps);
        foreach (var t in timings) rows.Add((n, t.Operation, t.Seconds, r[t.Operation], t.AllocatedBytes));
        Console.Error.WriteLine(string.Create(c,
            $"n = {n}: agreement with R — log-rank chi-square {Relative(checks.LogRankChiSquare, r["check_logrank_chisq"]):E1}, " +
            $"Cox age {Relative(checks.CoxAge, r["check_cox_age"]):E1}, marker {Relative(checks.CoxMarker, r["check_cox_marker"]):E1} (relative); " +
            $"peak working set so far {peak / 1048576.0:F0} MB (R's gc max used {r["peak_mb"]:F0} MB)"));
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

Console.WriteLine("| n | call | Lutetia (s) | R survival (s) | R / Lutetia | allocated (MB) |");
Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: |");
foreach (var row in rows)
    Console.WriteLine(string.Create(c, $"| {row.N:N0} | {Name(row.Op)} | {row.Ours:F4} | {row.R:F3} | {row.R / row.Ours:F1}× | {row.Allocated / 1048576.0:F0} |"));
if (sizes.Length > 1)
{
    int first = sizes[0], last = sizes[^1];
    double nLogN = last * Math.Log(last) / (first * Math.Log(first));
    Console.WriteLine();
    Console.WriteLine(string.Create(c, $"| call | Lutetia {first:N0} → {last:N0} | R {first:N0} → {last:N0} | n log n predicts |"));
    Console.WriteLine("| --- | ---: | ---: | ---: |");
    foreach (var op in rows.Where(r => r.N == first).Select(r => r.Op))
    {
        var a = rows.First(r => r.N == first && r.Op == op);
        var b = rows.First(r => r.N == last && r.Op == op);
        Console.WriteLine(string.Create(c, $"| {Name(op)} | {b.Ours / a.Ours:F1}× | {b.R / a.R:F1}× | {nLogN:F1}× |"));
    }
}
Console.WriteLine();
Console.WriteLine(string.Create(c, $"Peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB."));

string Option(string name, string fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static double Relative(double ours, double r) => Math.Abs(ours - r) / Math.Max(Math.Abs(r), 1e-300);

static string Name(string op) => op switch
{
    "km" => "Kaplan–Meier by group (survfit)",
    "logrank" => "log-rank (survdiff)",
    _ => "Cox, 2 covariates, Efron (coxph)",
};
