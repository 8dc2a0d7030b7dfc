namespace Lutetia.Criteria;

/// <summary>
/// Why a patient is excluded, in the order the protocol tests them (mesenluth-protocol.md,
/// "Eligibility"). Codes: non_small_intestinal, poorly_differentiated, prior_prrt, no_prrt,
/// outside_study_period, no_mesenteric_mass, mm_not_retractile, no_baseline_imaging, mm_too_small,
/// no_post_imaging.
/// </summary>
public enum ExclusionReason
{
    NonSmallIntestinal,
    PoorlyDifferentiated,
    PriorPrrt,
    NoPrrt,
    OutsideStudyPeriod,
    NoMesentericMass,
    MmNotRetractile,
    NoBaselineImaging,
    MmTooSmall,
    NoPostImaging,
}
