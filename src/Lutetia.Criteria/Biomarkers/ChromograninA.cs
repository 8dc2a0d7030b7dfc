using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// Chromogranin A response (mesenluth-protocol.md, "Chromogranin A"): in patients whose baseline
/// value is above 2 × ULN, a response is a fall of the ratio to at most half the baseline ratio.
/// Which results are baseline (last on or before the first dose) and post (first after the last
/// dose) is the caller's choice.
/// </summary>
public static class ChromograninA
{
    private const string Criterion = "MesenLuth CgA response";

    public static CgaVerdict Assess(LabResult? baseline, LabResult? post, CgaParameters? parameters = null) =>
        TryAssess(baseline, post, parameters).OrThrow();

    /// <summary>As <see cref="Assess"/>, results the rule cannot compare returned as a refusal.</summary>
    public static Attempt<CgaVerdict> TryAssess(LabResult? baseline, LabResult? post, CgaParameters? parameters = null)
    {
        var p = parameters ?? CgaParameters.Published;
        if ((Refuse(baseline, nameof(baseline)) ?? Refuse(post, nameof(post))) is { } refusal)
            return refusal;
        if (baseline is null)
            return Verdict(null, null, null, "not in the population: no baseline CgA", "no baseline CgA: not assessed");
        var b = baseline.TimesUln;
        if (b <= p.ElevatedTimesUln)
            return Verdict(null, b, post?.TimesUln, "not in the population: not elevated",
                $"not elevated at baseline: {Text.Number(Math.Round(b, 2))} × ULN is not above {Text.Number(p.ElevatedTimesUln)} × ULN");
        if (post is null)
            return Verdict(CgaResponse.Ne, b, null, "ne: no CgA after the last dose", "ne: no CgA after the last dose");
        if (post.Date <= baseline.Date)
            return new DataProblem(
                $"The post CgA ({Text.Date(post.Date)}) is not after the baseline CgA ({Text.Date(baseline.Date)}) of patient {baseline.Patient}.", nameof(post));
        var a = post.TimesUln;
        var limit = (1 - p.ResponseFraction) * b;
        var text = $"CgA {Text.Number(Math.Round(b, 2))} → {Text.Number(Math.Round(a, 2))} × ULN ({Text.Percent(Change.Percent(a, b) ?? 0)} %)";
        var reached = Reached(p);
        return a <= limit
            ? Verdict(CgaResponse.Yes, b, a, $"yes: ratio ≤ {reached}", $"yes: {text}, a fall of at least {Text.PercentOf(p.ResponseFraction)} %")
            : Verdict(CgaResponse.No, b, a, $"no: ratio above {reached}", $"no: {text}, less than a {Text.PercentOf(p.ResponseFraction)} % fall");
    }

    // The level a response reaches, in the rule's words: "half the baseline" for the protocol's 50 %.
    private static string Reached(CgaParameters p) =>
        p.ResponseFraction == 0.50m ? "half the baseline" : $"{Text.Number(1 - p.ResponseFraction)} × the baseline";

    private static DataProblem? Refuse(LabResult? lab, string name)
    {
        if (lab is null)
            return null;
        if (lab.Test != LabTest.Cga)
            return new DataProblem($"The {name} result of patient {lab.Patient} on {Text.Date(lab.Date)} is not chromogranin A.", name);
        if (lab.Value < 0 || lab.Uln <= 0)
            return new DataProblem(
                $"The CgA of patient {lab.Patient} on {Text.Date(lab.Date)} needs a value ≥ 0 and an upper limit of normal > 0.", name);
        return null;
    }

    private static CgaVerdict Verdict(CgaResponse? r, decimal? b, decimal? a, string rule, string sentence) =>
        new(r, b, a, new Explanation(Criterion, rule, sentence));
}
