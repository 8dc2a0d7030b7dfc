namespace Lutetia.Intake;

/// <summary>
/// The exclusion reasons of the MesenLuth protocol (mesenluth-protocol.md, eligibility), which
/// the synthetic cohorts plant one after the other so that every reason occurs.
/// </summary>
internal enum SyntheticExclusion
{
    None,
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
