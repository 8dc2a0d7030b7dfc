using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// MesenLuth eligibility (mesenluth-protocol.md, "Eligibility"; Al Mansour L et al. J Nucl Med
/// 2024;65:258-263): every reason is tested, the first failing one in the protocol's order is reported.
/// </summary>
public static class EligibilityCriteria
{
    private const string Criterion = "MesenLuth eligibility";

    public static EligibilityVerdict Assess(EligibilityFacts facts, EligibilityParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var p = parameters ?? EligibilityParameters.Published;
        if (facts.MmShortAxisAtBaselineMm < 0)
            throw new ArgumentException($"Patient {facts.Patient}: the mesenteric mass has a negative short axis at baseline.", nameof(facts));
        var failing = new List<(ExclusionReason Reason, string Why)>();
        void Test(bool fails, ExclusionReason reason, string why)
        {
            if (fails)
                failing.Add((reason, why));
        }

        Test(!p.SmallIntestinalSites.Contains(facts.PrimarySite), ExclusionReason.NonSmallIntestinal,
            $"primary site {Codes<PrimarySite>.ToCode(facts.PrimarySite)} is not small-intestinal");
        Test(facts.Differentiation == Differentiation.Poorly, ExclusionReason.PoorlyDifferentiated, "poorly differentiated");
        Test(facts.PriorPrrt, ExclusionReason.PriorPrrt, "PRRT before this course");
        Test(facts.FirstDose is null, ExclusionReason.NoPrrt, "no PRRT cycle");
        Test(facts.FirstDose is { } d && (d < p.StudyStart || d > p.StudyEnd), ExclusionReason.OutsideStudyPeriod,
            $"first dose {(facts.FirstDose is { } f ? Text.Date(f) : "")} outside {Text.Date(p.StudyStart)} … {Text.Date(p.StudyEnd)}");
        Test(!facts.HasMesentericMass, ExclusionReason.NoMesentericMass, "no lesion flagged mesenteric_mass");
        Test(facts.MmRetractile != true, ExclusionReason.MmNotRetractile,
            $"mm_retractile is {(facts.MmRetractile is { } r ? (r ? "yes" : "no") : "not recorded")}, not yes");
        Test(!facts.HasBaselineImaging, ExclusionReason.NoBaselineImaging, "no CT/MRI exam on or before the first dose");
        Test(facts.HasBaselineImaging && facts.HasMesentericMass && (facts.MmShortAxisAtBaselineMm ?? 0) < p.MinimumMmShortAxisMm, ExclusionReason.MmTooSmall,
            facts.MmShortAxisAtBaselineMm is { } mm
                ? $"mesenteric mass {Text.Number(mm)} mm at baseline, below {Text.Number(p.MinimumMmShortAxisMm)} mm"
                : "mesenteric mass not measured at the baseline exam");
        Test(!facts.HasPostImaging, ExclusionReason.NoPostImaging, "no CT/MRI exam after the last dose");

        if (failing.Count == 0)
            return new EligibilityVerdict(null, [], new Explanation(Criterion, "included", "included: every criterion met"));
        var (first, why) = failing[0];
        var more = failing.Count > 1 ? $" (also {Text.Join(failing.Skip(1).Select(x => Codes<ExclusionReason>.ToCode(x.Reason)))})" : "";
        return new EligibilityVerdict(first, failing.Select(x => x.Reason).ToArray(),
            new Explanation(Criterion, $"excluded: {Codes<ExclusionReason>.ToCode(first)}", $"{Codes<ExclusionReason>.ToCode(first)}: {why}{more}"));
    }
}
