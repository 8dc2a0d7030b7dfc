using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Metabolic;
using Lutetia.Criteria.Recist;

namespace Lutetia.Analysis;

/// <summary>
/// Every parameter of the MesenLuth protocol (mesenluth-protocol.md, the numbers in bold), with the
/// paper's values as defaults (Al Mansour L et al. J Nucl Med 2024;65:258-263). A protocol file
/// (<see cref="ProtocolFile"/>) overrides any of them.
/// </summary>
public sealed record MesenLuthParameters
{
    /// <summary>Days per month: "months = days / 30.4375" (cohort-format.md).</summary>
    public const double DaysPerMonth = 30.4375;

    public EligibilityParameters Eligibility { get; init; } = EligibilityParameters.Published;
    public MmParameters Mm { get; init; } = MmParameters.Published;
    public RecistParameters Recist { get; init; } = RecistParameters.Published;
    public KrenningParameters Krenning { get; init; } = KrenningParameters.Published;
    public EortcParameters Eortc { get; init; } = EortcParameters.Published;
    public ClinicalParameters Clinical { get; init; } = ClinicalParameters.Published;
    public CgaParameters Cga { get; init; } = CgaParameters.Published;

    /// <summary>"Within 3 months after" the last dose: complications during PRRT, 0…91 days inclusive.</summary>
    public int DuringPrrtDays { get; init; } = 91;

    /// <summary>"≥ 6 months after" the last dose: long-term complications and the long-term clinical assessment.</summary>
    public int LongTermDays { get; init; } = 183;

    public ReaderPolicy ReaderPolicy { get; init; } = ReaderPolicy.CentralFirst;
    public Censoring Censoring { get; init; } = Censoring.LastNews;

    /// <summary>Confidence level of every interval reported (rates, survival, kappa).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    public static MesenLuthParameters Published { get; } = new();
}
