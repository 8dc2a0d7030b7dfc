namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// Thresholds on the Krenning scale (Krenning EP et al., 111In-octreotide uptake grading 0–4;
/// the MesenLuth protocol's SRS response). Defaults are the published values.
/// </summary>
public sealed record KrenningParameters
{
    /// <summary>Response: the grade drops by at least this many grades.</summary>
    public int ResponseDropGrades { get; init; } = 1;

    /// <summary>Progression: the grade rises by at least this many grades.</summary>
    public int ProgressionRiseGrades { get; init; } = 1;

    public static KrenningParameters Published { get; } = new();
}
