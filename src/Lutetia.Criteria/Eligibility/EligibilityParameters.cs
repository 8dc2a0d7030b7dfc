using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// Parameters of MesenLuth eligibility (mesenluth-protocol.md, "Eligibility"; Al Mansour L et al.
/// J Nucl Med 2024;65:258-263); defaults are the study's values.
/// </summary>
public sealed record EligibilityParameters
{
    /// <summary>Primary sites that count as small-intestinal.</summary>
    public IReadOnlyList<PrimarySite> SmallIntestinalSites { get; init; } =
        [PrimarySite.Ileum, PrimarySite.Jejunum, PrimarySite.Duodenum, PrimarySite.SmallIntestine];

    /// <summary>First day of the study period (first dose on or after).</summary>
    public DateOnly StudyStart { get; init; } = new(2001, 1, 1);

    /// <summary>Last day of the study period (first dose on or before).</summary>
    public DateOnly StudyEnd { get; init; } = new(2021, 10, 31);

    /// <summary>The mesenteric mass must measure at least this short axis at the baseline exam.</summary>
    public decimal MinimumMmShortAxisMm { get; init; } = 20m;

    public static EligibilityParameters Published { get; } = new();
}
