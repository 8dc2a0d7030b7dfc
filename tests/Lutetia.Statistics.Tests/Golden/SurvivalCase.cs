namespace Lutetia.Statistics.Tests.Golden;

/// <summary>A case's input as R wrote it: time, status, group label ("" for none), stratum.</summary>
public sealed record SurvivalCase(string Name, double[] Time, int[] Status, string[] Group, string[] Strata)
{
    public static readonly string[] Names =
    [
        "lung", "veteran", "aml", "ovarian", "pbc", "colon", "all_censored", "all_events", "one_subject", "one_censored",
        "event_at_last", "flat_half_stops", "flat_half_drops", "near_ties", "zero_expected", "zero_times", "heavy_ties",
    ];

    public bool Grouped => Group.Any(g => g.Length > 0);

    public static SurvivalCase Load(string name)
    {
        var t = GoldenTable.Load($"data_{name}.csv");
        return new SurvivalCase(name, t.Numbers("time"), t.Integers("status"), t.Texts("group"), t.Texts("strata"));
    }
}
