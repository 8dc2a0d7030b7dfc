using Lutetia.Domain;

namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// PERCIST 1.0 (Wahl RL et al. J Nucl Med 2009;50 Suppl 1:122S-150S) on SULpeak, as
/// response-criteria.md states it: the hottest lesion at each read is compared; the baseline one must
/// be measurable (≥ 1.5 × liver mean + 2 × liver SD); PMR when it falls by ≥ 30 % and ≥ 0.8 SUL;
/// PMD when it rises by > 30 % and ≥ 0.8 SUL, or a new lesion appears; CMR when no lesion is above
/// the liver mean; SMD otherwise.
/// </summary>
public static class Percist10
{
    private const string Criterion = "PERCIST 1.0";

    /// <summary>The hottest SULpeak at baseline and post with each read's liver reference.</summary>
    public static PercistVerdict Assess(decimal? baselineSulPeak, PercistLiver? baselineLiver, decimal? postSulPeak, PercistLiver? postLiver,
        IReadOnlyList<LesionId>? newLesions = null, PercistParameters? parameters = null)
    {
        var p = parameters ?? PercistParameters.Published;
        var news = newLesions ?? [];
        Check(baselineLiver, nameof(baselineLiver));
        Check(postLiver, nameof(postLiver));
        if (baselineSulPeak < 0 || postSulPeak < 0)
            throw new ArgumentOutOfRangeException(baselineSulPeak < 0 ? nameof(baselineSulPeak) : nameof(postSulPeak), "SULpeak is not negative.");
        var threshold = baselineLiver is null ? (decimal?)null
            : p.MeasurableLiverMeanFactor * baselineLiver.MeanSul + p.MeasurableLiverSdFactor * baselineLiver.SdSul;
        PercistVerdict V(MetabolicResponse r, string rule, string sentence) =>
            new(r, baselineSulPeak, postSulPeak, threshold, news, new Explanation(Criterion, rule, sentence));

        if (news.Count > 0)
            return V(MetabolicResponse.Pmd, "PMD: new lesion", $"PMD: new lesion {MetabolicPair.Names(news)} on the post exam");
        if (baselineSulPeak is not { } b || postSulPeak is not { } a || threshold is not { } t || postLiver is null)
            return V(MetabolicResponse.Ne, "NE: SULpeak or liver reference not recorded",
                "NE: the hottest SULpeak or the liver reference is not recorded at both reads");
        if (b < t)
            return V(MetabolicResponse.Ne, "NE: not measurable at baseline",
                $"NE: the hottest baseline SULpeak {Text.Number(b)} is below the measurable threshold {Text.Number(t)} ({Text.Number(p.MeasurableLiverMeanFactor)} × liver mean + {Text.Number(p.MeasurableLiverSdFactor)} × SD)");
        if (a <= postLiver.MeanSul)
            return V(MetabolicResponse.Cmr, "CMR: no lesion above the liver mean",
                $"CMR: the hottest SULpeak {Text.Number(a)} is not above the liver mean {Text.Number(postLiver.MeanSul)}");
        var delta = a - b;
        var change = delta / b;
        var text = $"hottest SULpeak {Text.Number(b)} → {Text.Number(a)} ({Text.Percent(change * 100)} %, {Text.Signed(delta)} SUL)";
        if (change > p.ProgressionFraction && delta >= p.MinimumChangeSul)
            return V(MetabolicResponse.Pmd, $"PMD: > {Text.SignedPercent(p.ProgressionFraction)} % and ≥ {Text.Signed(p.MinimumChangeSul)} SUL", $"PMD: {text}");
        if (-change >= p.ResponseFraction && -delta >= p.MinimumChangeSul)
            return V(MetabolicResponse.Pmr, $"PMR: ≥ {Text.SignedPercent(-p.ResponseFraction)} % and ≥ {Text.Number(p.MinimumChangeSul)} SUL", $"PMR: {text}");
        return V(MetabolicResponse.Smd, "SMD: neither PMR nor PMD",
            $"SMD: {text}; PMR needs {Text.Percent(-p.ResponseFraction * 100)} % and -{Text.Number(p.MinimumChangeSul)} SUL");
    }

    /// <summary>
    /// A baseline and a post PET read with their liver references: the hottest SULpeak over the
    /// lesions at each read (a lesion recorded at SUVmax 0 without SULpeak counts 0). A lesion with a
    /// baseline SULpeak but nothing at post makes the verdict NE, since the hottest lesion is unknown.
    /// </summary>
    public static PercistVerdict Assess(ReadSeries pair, PercistParameters? parameters = null) => TryAssess(pair, parameters).OrThrow();

    /// <summary>As <see cref="Assess(ReadSeries, PercistParameters)"/>, a pair the criterion does not compare returned as a refusal.</summary>
    public static Attempt<PercistVerdict> TryAssess(ReadSeries pair, PercistParameters? parameters = null)
    {
        if (MetabolicPair.Refuse(pair, Criterion, petOnly: true) is { } refusal)
            return refusal;
        var news = MetabolicPair.NewLesions(pair);
        var (b, bLesion, _) = Hottest(pair, 0);
        var (a, aLesion, missing) = Hottest(pair, 1);
        if (news.Count == 0 && missing.Count > 0)
            return new PercistVerdict(MetabolicResponse.Ne, b, null, null, news, new Explanation(Criterion, "NE: SULpeak not recorded",
                $"NE: lesion {MetabolicPair.Names(missing)} has a baseline SULpeak but nothing on the post exam {pair.Reads[1].Id}"));
        var verdict = Assess(b, Liver(pair.Reads[0].Read), a, Liver(pair.Reads[1].Read), news, parameters);
        return verdict with { BaselineLesion = bLesion, PostLesion = aLesion };
    }

    private static (decimal? Sul, LesionId? Lesion, List<LesionId> Missing) Hottest(ReadSeries pair, int read)
    {
        decimal? best = null;
        LesionId? where = null;
        var missing = new List<LesionId>();
        for (var i = 0; i < pair.Lesions.Count; i++)
        {
            if (pair.Lesions[i].Role == LesionRole.New)
                continue;
            var m = pair.MeasurementAt(read, i);
            decimal? value = m?.SulPeak ?? (m?.SuvMax == 0 ? 0m : null);
            if (value is null && read == 1 && pair.MeasurementAt(0, i)?.SulPeak is not null)
                missing.Add(pair.Lesions[i].Id);
            if (value > best.GetValueOrDefault(-1))
                (best, where) = (value, pair.Lesions[i].Id);
        }
        return (best, where, missing);
    }

    private static PercistLiver? Liver(Read read) =>
        read.LiverSulMean is { } mean && read.LiverSulSd is { } sd ? new PercistLiver(mean, sd) : null;

    private static void Check(PercistLiver? liver, string name)
    {
        if (liver is not null && (liver.MeanSul <= 0 || liver.SdSul < 0))
            throw new ArgumentOutOfRangeException(name, "The liver reference needs a mean SUL > 0 and an SD ≥ 0.");
    }
}
