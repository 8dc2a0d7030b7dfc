namespace Lutetia.Criteria.Psa;

/// <summary>
/// The PSA thresholds of PCWG3 (Scher et al., J Clin Oncol 2016;34:1402, Table 1). Defaults are
/// the published values, except the 12-week window, which PCWG3 leaves open (Lutetia's choice).
/// </summary>
public sealed record Pcwg3Parameters
{
    /// <summary>PSA response: a decline of at least this percentage from baseline.</summary>
    public decimal ResponseDeclinePercent { get; init; } = 50m;

    /// <summary>A response or a progression is confirmed by a second value at least this many days later (3 weeks).</summary>
    public int ConfirmationDays { get; init; } = 21;

    /// <summary>PSA progression: a rise of at least this percentage over the nadir (or the baseline)…</summary>
    public decimal ProgressionRisePercent { get; init; } = 25m;

    /// <summary>…and of at least this many ng/mL.</summary>
    public decimal ProgressionRiseNgMl { get; init; } = 2m;

    /// <summary>Without a decline from baseline, rises count only from this day after the first dose (12 weeks).</summary>
    public int NoDeclineWaitDays { get; init; } = 84;

    /// <summary>The landmark of the "change at 12 weeks" of the waterfall plot, in days after the first dose.</summary>
    public int LandmarkDays { get; init; } = 84;

    /// <summary>The value nearest the landmark is used when it lies within this many days of it (Lutetia's choice).</summary>
    public int LandmarkWindowDays { get; init; } = 14;

    public static Pcwg3Parameters Published { get; } = new();
}
