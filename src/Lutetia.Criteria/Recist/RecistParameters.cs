namespace Lutetia.Criteria.Recist;

/// <summary>
/// Every threshold of RECIST 1.1 (Eisenhauer EA et al. Eur J Cancer 2009;45:228-247); the
/// defaults are the published values, or the values of response-criteria.md where the paper
/// leaves them to the protocol (confirmation mode, minimum SD duration).
/// </summary>
public sealed record RecistParameters
{
    /// <summary>§3.1: a non-nodal lesion is measurable at baseline from this long axis.</summary>
    public decimal MeasurableNonNodalMm { get; init; } = 10m;

    /// <summary>§3.1: a lymph node is measurable (pathological) at baseline from this short axis.</summary>
    public decimal MeasurableNodalMm { get; init; } = 15m;

    /// <summary>§4.2: at most this many target lesions in all.</summary>
    public int MaximumTargets { get; init; } = 5;

    /// <summary>§4.2: at most this many target lesions per organ.</summary>
    public int MaximumTargetsPerOrgan { get; init; } = 2;

    /// <summary>Appendix: a lesion present but too small to measure counts this diameter.</summary>
    public decimal TooSmallToMeasureMm { get; init; } = 5m;

    /// <summary>§4.3.1: a node below this short axis is normal (needed for CR).</summary>
    public decimal NormalNodeShortAxisMm { get; init; } = 10m;

    /// <summary>§4.3.1: PR is a fall of at least this fraction of the baseline sum.</summary>
    public decimal PartialResponseFraction { get; init; } = 0.30m;

    /// <summary>§4.3.1: PD is a rise of at least this fraction over the nadir…</summary>
    public decimal ProgressionFraction { get; init; } = 0.20m;

    /// <summary>§4.3.1: …and of at least this absolute amount over the nadir.</summary>
    public decimal ProgressionMinimumMm { get; init; } = 5m;

    /// <summary>§4.4.3: whether CR and PR need a confirming read (table 3) or not (table 2, retrospective data).</summary>
    public BestResponseMode Mode { get; init; } = BestResponseMode.Unconfirmed;

    /// <summary>§4.4.3 / §5.2: a confirming read is at least this many days after the read it confirms.</summary>
    public int ConfirmationIntervalDays { get; init; } = 28;

    /// <summary>§4.4.3: SD (and non-CR/non-PD) counts for best response only at a read this many days after the first dose.</summary>
    public int MinimumStableDiseaseDays { get; init; } = 42;

    /// <summary>
    /// Table 3: how many NE reads may lie between a CR or PR and its confirming read. RECIST 1.1
    /// table 3 lets an NE decide at once (CR or PR then NE is SD or NE), hence 0; admiralonco's
    /// <c>max_nr_ne</c> allows some (its default 1). Confirmed mode only.
    /// </summary>
    public int MaximumNeBeforeConfirmation { get; init; }

    public static RecistParameters Published { get; } = new();
}
