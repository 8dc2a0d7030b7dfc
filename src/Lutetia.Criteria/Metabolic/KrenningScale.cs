using Lutetia.Domain;

namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// Response on the Krenning scale (0 none · 1 very low · 2 ≤ liver · 3 > liver · 4 > spleen;
/// Krenning EP et al.): response when the grade drops by ≥ 1, progression when it rises by ≥ 1
/// or a new lesion shows (response-criteria.md, metabolic criteria).
/// </summary>
public static class KrenningScale
{
    private const string Criterion = "Krenning scale";

    /// <summary>One lesion's grade at baseline and post; null grades are not recorded.</summary>
    public static KrenningVerdict Assess(int? baselineGrade, int? postGrade, IReadOnlyList<LesionId>? newLesions = null, KrenningParameters? parameters = null)
    {
        var p = parameters ?? KrenningParameters.Published;
        var news = newLesions ?? [];
        CheckGrade(baselineGrade, nameof(baselineGrade));
        CheckGrade(postGrade, nameof(postGrade));
        // A new lesion is progression whatever the followed lesions do.
        if (news.Count > 0)
            return Verdict(KrenningResponse.Progression, baselineGrade, postGrade, news, "progression: new lesion",
                $"progression: new lesion {MetabolicPair.Names(news)} on the post exam");
        if (baselineGrade is not { } b || postGrade is not { } a)
            return Verdict(KrenningResponse.Ne, baselineGrade, postGrade, news, "ne: grade not recorded",
                $"ne: the Krenning grade is not recorded at {(baselineGrade is null ? "baseline" : "the post exam")}");
        var grades = $"grade {b} → {a}";
        if (a - b >= p.ProgressionRiseGrades)
            return Verdict(KrenningResponse.Progression, b, a, news, $"progression: rise ≥ {p.ProgressionRiseGrades}",
                $"progression: {grades} rises by {a - b}");
        if (b - a >= p.ResponseDropGrades)
            return Verdict(KrenningResponse.Response, b, a, news, $"response: drop ≥ {p.ResponseDropGrades}",
                $"response: {grades} drops by {b - a}");
        return Verdict(KrenningResponse.Stable, b, a, news, Neither(p),
            $"no response: {grades}, a drop of {b - a} (response from {p.ResponseDropGrades})");
    }

    /// <summary>
    /// A baseline and a post SRS or PET read of a group of lesions (the MM alone, or every non-MM
    /// lesion): the highest grade over the lesions graded at baseline is compared with the highest
    /// grade of the same lesions at post; a lesion of role new graded ≥ 1 at post is progression
    /// (mesenluth-protocol.md, metabolic response; the group rule is a choice of the protocol).
    /// </summary>
    public static KrenningVerdict Assess(ReadSeries pair, KrenningParameters? parameters = null) => TryAssess(pair, parameters).OrThrow();

    /// <summary>As <see cref="Assess(ReadSeries, KrenningParameters)"/>, a pair the criterion does not compare returned as a refusal.</summary>
    public static Attempt<KrenningVerdict> TryAssess(ReadSeries pair, KrenningParameters? parameters = null)
    {
        if (MetabolicPair.Refuse(pair, Criterion, petOnly: false) is { } refusal)
            return refusal;
        var news = MetabolicPair.NewLesions(pair);
        int? baseline = null, post = null;
        LesionId? baselineLesion = null, postLesion = null;
        var missing = new List<LesionId>();
        for (var i = 0; i < pair.Lesions.Count; i++)
        {
            var lesion = pair.Lesions[i];
            if (lesion.Role == LesionRole.New || pair.MeasurementAt(0, i)?.Krenning is not { } b)
                continue;
            if (b > baseline.GetValueOrDefault(-1))
                (baseline, baselineLesion) = (b, lesion.Id);
            if (pair.MeasurementAt(1, i)?.Krenning is { } a)
            {
                if (a > post.GetValueOrDefault(-1))
                    (post, postLesion) = (a, lesion.Id);
            }
            else
                missing.Add(lesion.Id);
        }
        if (news.Count == 0 && missing.Count > 0)
            return Verdict(KrenningResponse.Ne, baseline, null, news, "ne: grade not recorded",
                $"ne: lesion {MetabolicPair.Names(missing)} graded at baseline has no grade on the post exam {pair.Reads[1].Id}")
                with
            { BaselineLesion = baselineLesion };
        var verdict = Assess(baseline, missing.Count > 0 ? null : post, news, parameters);
        return verdict with { BaselineLesion = baselineLesion, PostLesion = postLesion };
    }

    // With the published one-grade thresholds "neither" means the grade did not change; with
    // wider ones a change smaller than either threshold is also stable, and the label says so.
    private static string Neither(KrenningParameters p) =>
        p is { ResponseDropGrades: 1, ProgressionRiseGrades: 1 } ? "no change of grade"
            : $"neither a drop ≥ {p.ResponseDropGrades} nor a rise ≥ {p.ProgressionRiseGrades}";

    private static void CheckGrade(int? grade, string name)
    {
        if (grade is < 0 or > 4)
            throw new ArgumentOutOfRangeException(name, grade, "A Krenning grade is 0 to 4.");
    }

    private static KrenningVerdict Verdict(KrenningResponse r, int? b, int? a, IReadOnlyList<LesionId> news, string rule, string sentence) =>
        new(r, b, a, news, new Explanation(Criterion, rule, sentence));
}
