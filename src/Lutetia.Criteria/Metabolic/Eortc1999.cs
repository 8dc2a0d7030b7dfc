using Lutetia.Domain;

namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// EORTC 1999 PET response on SUVmax (Young H et al. Eur J Cancer 1999;35:1773-1782), as
/// response-criteria.md states it: CMR when every lesion is at 0; PMR when SUVmax falls by more than
/// 25 % (by at least 15 % after exactly one cycle); PMD when it rises by more than 25 % or a new
/// lesion appears; SMD otherwise.
/// </summary>
public static class Eortc1999
{
    private const string Criterion = "EORTC 1999";

    /// <summary>One SUVmax (a lesion, or a sum over lesions) at baseline and post, after <paramref name="cycles"/> cycles.</summary>
    public static EortcVerdict Assess(decimal? baselineSuvMax, decimal? postSuvMax, int cycles,
        IReadOnlyList<LesionId>? newLesions = null, EortcParameters? parameters = null)
    {
        var p = parameters ?? EortcParameters.Published;
        var news = newLesions ?? [];
        ArgumentOutOfRangeException.ThrowIfLessThan(cycles, 1);
        if (baselineSuvMax < 0)
            throw new ArgumentOutOfRangeException(nameof(baselineSuvMax), baselineSuvMax, "SUVmax is not negative.");
        if (postSuvMax < 0)
            throw new ArgumentOutOfRangeException(nameof(postSuvMax), postSuvMax, "SUVmax is not negative.");
        EortcVerdict V(MetabolicResponse r, string rule, string sentence) =>
            new(r, baselineSuvMax, postSuvMax, cycles, news, new Explanation(Criterion, rule, sentence));

        if (news.Count > 0)
            return V(MetabolicResponse.Pmd, "PMD: new lesion", $"PMD: new lesion {MetabolicPair.Names(news)} on the post exam");
        if (baselineSuvMax is not { } b || postSuvMax is not { } a)
            return V(MetabolicResponse.Ne, "NE: SUVmax not recorded",
                $"NE: SUVmax not recorded at {(baselineSuvMax is null ? "baseline" : "the post exam")}");
        if (b == 0)
            return V(MetabolicResponse.Ne, "NE: no uptake at baseline", "NE: SUVmax is 0 at baseline, nothing to compare with");
        if (a == 0)
            return V(MetabolicResponse.Cmr, "CMR: uptake no longer distinguishable from background",
                $"CMR: SUVmax {Text.Number(b)} → 0, no uptake above background");
        var change = (a - b) / b;
        var text = $"SUVmax {Text.Number(b)} → {Text.Number(a)} ({Text.Percent(change * 100)} %) after {cycles} cycle{(cycles == 1 ? "" : "s")}";
        if (change > p.ProgressionFraction)
            return V(MetabolicResponse.Pmd, $"PMD: rise > {Text.PercentOf(p.ProgressionFraction)} %", $"PMD: {text}, a rise of more than {Text.PercentOf(p.ProgressionFraction)} %");
        // After one cycle a fall of at least 15 % suffices; after more, it must exceed 25 %.
        var response = cycles == 1 ? -change >= p.ResponseFractionAfterOneCycle : -change > p.ResponseFraction;
        var threshold = cycles == 1
            ? $"at least {Text.PercentOf(p.ResponseFractionAfterOneCycle)} % after one cycle"
            : $"more than {Text.PercentOf(p.ResponseFraction)} % after more than one cycle";
        return response
            ? V(MetabolicResponse.Pmr, cycles == 1 ? $"PMR: fall ≥ {Text.PercentOf(p.ResponseFractionAfterOneCycle)} % after one cycle" : $"PMR: fall > {Text.PercentOf(p.ResponseFraction)} %", $"PMR: {text}, a fall of {threshold}")
            : V(MetabolicResponse.Smd, "SMD: neither PMR nor PMD", $"SMD: {text}; PMR needs a fall of {threshold}");
    }

    /// <summary>
    /// A baseline and a post PET read of a group of lesions (the MM alone, or every non-MM lesion):
    /// the sum of SUVmax over the lesions with an SUVmax at baseline, compared with the same lesions
    /// at post (0 when no longer distinguishable from background); a lesion of role new seen at post is
    /// PMD (mesenluth-protocol.md, metabolic response).
    /// </summary>
    public static EortcVerdict Assess(ReadSeries pair, int cycles, EortcParameters? parameters = null) => TryAssess(pair, cycles, parameters).OrThrow();

    /// <summary>As <see cref="Assess(ReadSeries, int, EortcParameters)"/>, a pair the criterion does not compare returned as a refusal.</summary>
    public static Attempt<EortcVerdict> TryAssess(ReadSeries pair, int cycles, EortcParameters? parameters = null)
    {
        if (MetabolicPair.Refuse(pair, Criterion, petOnly: true) is { } refusal)
            return refusal;
        var news = MetabolicPair.NewLesions(pair);
        decimal? baseline = null, post = 0m;
        var missing = new List<LesionId>();
        for (var i = 0; i < pair.Lesions.Count; i++)
        {
            var lesion = pair.Lesions[i];
            if (lesion.Role == LesionRole.New || pair.MeasurementAt(0, i)?.SuvMax is not { } b)
                continue;
            baseline = (baseline ?? 0) + b;
            if (pair.MeasurementAt(1, i)?.SuvMax is { } a)
                post += a;
            else
                missing.Add(lesion.Id);
        }
        if (news.Count == 0 && missing.Count > 0)
            return new EortcVerdict(MetabolicResponse.Ne, baseline, null, cycles, news, new Explanation(Criterion, "NE: SUVmax not recorded",
                $"NE: lesion {MetabolicPair.Names(missing)} has no SUVmax on the post exam {pair.Reads[1].Id}"));
        return Assess(baseline, baseline is null || missing.Count > 0 ? null : post, cycles, news, parameters);
    }
}
