using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// Clinical symptom response of one domain (MM-related symptoms or carcinoid syndrome) between a
/// baseline and an evaluation assessment, with the precedence of mesenluth-protocol.md ("Clinical
/// response"). Which assessments are baseline and evaluation is the caller's choice.
/// </summary>
public static class SymptomResponse
{
    private const string Criterion = "MesenLuth clinical response";

    /// <summary>
    /// Compares two assessments (each the symptom rows of one patient, one domain, one date; null or
    /// empty when there is none). Throws <see cref="ArgumentException"/> when an assessment mixes
    /// dates or domains, lists a symptom twice, or records a negative value.
    /// </summary>
    public static ClinicalVerdict Assess(IReadOnlyList<SymptomAssessment>? baseline, IReadOnlyList<SymptomAssessment>? evaluation,
        ClinicalParameters? parameters = null) => TryAssess(baseline, evaluation, parameters).OrThrow();

    /// <summary>As <see cref="Assess"/>, assessments the rule cannot compare returned as a refusal.</summary>
    public static Attempt<ClinicalVerdict> TryAssess(IReadOnlyList<SymptomAssessment>? baseline, IReadOnlyList<SymptomAssessment>? evaluation,
        ClinicalParameters? parameters = null)
    {
        var p = parameters ?? ClinicalParameters.Published;
        if ((Refuse(baseline, nameof(baseline)) ?? Refuse(evaluation, nameof(evaluation))) is { } refusal)
            return refusal;
        if (baseline is not { Count: > 0 } || evaluation is not { Count: > 0 })
            return Verdict(ClinicalResponse.Ne, [], "ne: no baseline or no evaluation assessment",
                $"ne: no {(baseline is not { Count: > 0 } ? "baseline" : "evaluation")} assessment");
        if (baseline[0].Domain != evaluation[0].Domain || baseline[0].Date >= evaluation[0].Date)
            return new DataProblem(
                $"The evaluation assessment ({Text.Date(evaluation[0].Date)}) must follow the baseline ({Text.Date(baseline[0].Date)}) in the same domain.",
                nameof(evaluation));

        var changes = Compare(baseline, evaluation, p);
        var worse = changes.Where(c => c.Worsened || (c.PresentAtEvaluation && !c.PresentAtBaseline)).ToArray();
        if (worse.Length > 0)
            return Verdict(ClinicalResponse.Progression, changes, "progression: a symptom worsened or appeared",
                $"progression: {Text.Join(worse.Select(Describe))}");
        var followed = changes.Where(c => c.PresentAtBaseline).ToArray();
        if (!followed.Any(c => c.Evaluation is not null))
            return Verdict(ClinicalResponse.Ne, changes, "ne: no baseline symptom assessed at evaluation",
                "ne: no symptom present at baseline is assessed at the evaluation");
        var when = Text.Date(evaluation[0].Date);
        if (evaluation.All(s => !s.IsPresent) && followed.All(c => c.Evaluation is not null))
            return Verdict(ClinicalResponse.Complete, changes, "complete: every symptom absent",
                $"complete: every symptom recorded at {when} is absent ({Text.Join(followed.Select(Describe))})");
        var better = changes.Where(c => c.Improved).ToArray();
        if (better.Length > 0)
            return Verdict(ClinicalResponse.Partial, changes, $"partial: a symptom improved by ≥ {Text.PercentOf(p.ImprovedFraction)} %",
                $"partial: {Text.Join(better.Select(Describe))} improved by at least {Text.PercentOf(p.ImprovedFraction)} %");
        return Verdict(ClinicalResponse.Stable, changes, "stable: neither better nor worse",
            $"stable: {Text.Join(followed.Select(Describe))} at {when}");
    }

    private static SymptomChange[] Compare(IReadOnlyList<SymptomAssessment> baseline, IReadOnlyList<SymptomAssessment> evaluation, ClinicalParameters p)
    {
        var symptoms = baseline.Select(s => s.Symptom).Union(evaluation.Select(s => s.Symptom)).Order().ToArray();
        var changes = new SymptomChange[symptoms.Length];
        for (var i = 0; i < symptoms.Length; i++)
        {
            var b = baseline.FirstOrDefault(s => s.Symptom == symptoms[i]);
            var e = evaluation.FirstOrDefault(s => s.Symptom == symptoms[i]);
            var worsened = b is not null && e is not null
                && (Rose(b.Intensity, e.Intensity, p) || Rose(b.EpisodesPerWeek, e.EpisodesPerWeek, p));
            var improved = b is not null && e is not null
                && (Fell(b.Intensity, e.Intensity, p) || Fell(b.EpisodesPerWeek, e.EpisodesPerWeek, p));
            changes[i] = new SymptomChange(symptoms[i], b, e) { Worsened = worsened, Improved = improved };
        }
        return changes;
    }

    // A measure compared only when recorded at both assessments; a rise from 0 is always a worsening.
    private static bool Rose(decimal? before, decimal? after, ClinicalParameters p) =>
        before is { } b && after is { } a && (b == 0 ? a > 0 : (a - b) / b > p.WorsenedFraction);

    private static bool Fell(decimal? before, decimal? after, ClinicalParameters p) =>
        before is { } b && after is { } a && b > 0 && (b - a) / b >= p.ImprovedFraction;

    private static string Describe(SymptomChange c)
    {
        var name = Codes<Symptom>.ToCode(c.Symptom);
        if (c.Baseline is null)
            return $"{name} not listed at baseline, {Measures(c.Evaluation!)} at evaluation";
        if (c.Evaluation is null)
            return $"{name} {Measures(c.Baseline)} at baseline, not assessed at evaluation";
        var parts = new List<string>(2);
        if (c.Baseline.Intensity is not null || c.Evaluation.Intensity is not null)
            parts.Add($"intensity {Value(c.Baseline.Intensity)} → {Value(c.Evaluation.Intensity)}");
        if (c.Baseline.EpisodesPerWeek is not null || c.Evaluation.EpisodesPerWeek is not null)
            parts.Add($"{Value(c.Baseline.EpisodesPerWeek)} → {Value(c.Evaluation.EpisodesPerWeek)} episodes/week");
        return $"{name} {string.Join(" and ", parts)}";
    }

    private static string Value(decimal? v) => v is { } x ? Text.Number(x) : "not recorded";

    private static string Measures(SymptomAssessment s) =>
        (s.Intensity, s.EpisodesPerWeek) switch
        {
            ({ } i, { } e) => $"intensity {Text.Number(i)} and {Text.Number(e)} episodes/week",
            ({ } i, null) => $"intensity {Text.Number(i)}",
            (null, { } e) => $"{Text.Number(e)} episodes/week",
            _ => "no measure",
        };

    private static DataProblem? Refuse(IReadOnlyList<SymptomAssessment>? rows, string name)
    {
        if (rows is not { Count: > 0 })
            return null;
        var first = rows[0];
        var seen = new HashSet<Symptom>();
        foreach (var row in rows)
        {
            var where = $"{Codes<Symptom>.ToCode(row.Symptom)} on {Text.Date(row.Date)} (patient {row.Patient})";
            if (row.Date != first.Date || row.Domain != first.Domain || row.Patient != first.Patient)
                return new DataProblem($"Symptom {where} is not of the same patient, date and domain as the rest of the assessment.", name);
            if (!seen.Add(row.Symptom))
                return new DataProblem($"Symptom {where} is listed twice in one assessment.", name);
            if (row.Intensity < 0 || row.EpisodesPerWeek < 0)
                return new DataProblem($"Symptom {where} has a negative intensity or frequency.", name);
        }
        return null;
    }

    private static ClinicalVerdict Verdict(ClinicalResponse r, IReadOnlyList<SymptomChange> changes, string rule, string sentence) =>
        new(r, changes, new Explanation(Criterion, rule, sentence));
}
