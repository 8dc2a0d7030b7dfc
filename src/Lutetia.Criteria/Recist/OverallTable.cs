using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>Overall time-point response from its components (RECIST 1.1 §4.4.1, tables 1 and 2).</summary>
internal static class OverallTable
{
    private const string Criterion = "RECIST 1.1";

    public static (OverallResponse Response, Explanation Explanation) Combine(
        TargetVerdict? target, NonTargetVerdict? nonTarget, IReadOnlyList<LesionId> newLesions, DateOnly date)
    {
        // §4.3.5: a new lesion is PD whatever the rest shows.
        if (newLesions.Count > 0)
            return (OverallResponse.Pd, new Explanation(Criterion, "§4.3.5 PD: new lesion",
                $"PD: new lesion {Text.Join(newLesions.Select(l => l.Value))} seen at {Text.Date(date)}{TargetsNe(target)}"));
        if (target?.Response == TargetResponse.Pd)
            return (OverallResponse.Pd, target.Explanation);
        if (nonTarget?.Response == NonTargetResponse.Pd)
            return (OverallResponse.Pd, nonTarget.Explanation with { Sentence = nonTarget.Explanation.Sentence + TargetsNe(target) });
        if (target is null && nonTarget is null)
            return (OverallResponse.Ne, new Explanation(Criterion, "no disease at baseline",
                "NE: no target or non-target lesion at baseline and no new lesion"));
        if (target is null)
        {
            // Table 2: non-measurable disease only.
            var r = nonTarget!.Response switch
            {
                NonTargetResponse.Cr => OverallResponse.Cr,
                NonTargetResponse.NonCrNonPd => OverallResponse.NonCrNonPd,
                _ => OverallResponse.Ne,
            };
            return (r, nonTarget.Explanation with { Rule = "§4.4.1 table 2 (no target at baseline): " + nonTarget.Explanation.Rule });
        }
        if (nonTarget is null)
            return (FromTarget(target.Response), target.Explanation);

        // Table 1.
        var overall = target.Response switch
        {
            TargetResponse.Cr when nonTarget.Response == NonTargetResponse.Cr => OverallResponse.Cr,
            TargetResponse.Cr => OverallResponse.Pr,
            _ => FromTarget(target.Response),
        };
        var sentence = overall == OverallResponse.Pr && target.Response == TargetResponse.Cr
            ? $"PR: targets in CR but non-targets {Code(nonTarget.Response)} ({target.Explanation.Sentence}; {nonTarget.Explanation.Sentence})"
            : $"{target.Explanation.Sentence}; non-targets {Code(nonTarget.Response)}, no new lesion";
        return (overall, new Explanation(Criterion, "§4.4.1 table 1", sentence));
    }

    /// <summary>
    /// A PD decided without the targets says when their response was NE, and why (a target not
    /// assessed at this read, or no baseline sum), so that the sentence names the missing lesion.
    /// </summary>
    private static string TargetsNe(TargetVerdict? target) =>
        target?.Response == TargetResponse.Ne ? $"; targets {target.Explanation.Sentence}" : "";

    /// <summary>The display code a reviewer reads: CR, PR, SD, non-CR/non-PD, PD, NE.</summary>
    public static string Code(OverallResponse r) => r switch
    {
        OverallResponse.NonCrNonPd => "non-CR/non-PD",
        _ => r.ToString().ToUpperInvariant(),
    };

    private static string Code(NonTargetResponse r) => r == NonTargetResponse.NonCrNonPd ? "non-CR/non-PD" : r.ToString().ToUpperInvariant();

    private static OverallResponse FromTarget(TargetResponse r) => r switch
    {
        TargetResponse.Cr => OverallResponse.Cr,
        TargetResponse.Pr => OverallResponse.Pr,
        TargetResponse.Sd => OverallResponse.Sd,
        TargetResponse.Pd => OverallResponse.Pd,
        _ => OverallResponse.Ne,
    };
}
