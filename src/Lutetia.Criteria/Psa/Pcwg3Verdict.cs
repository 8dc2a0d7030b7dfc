namespace Lutetia.Criteria.Psa;

/// <summary>
/// PCWG3 PSA outcomes of one patient. <see cref="Response"/>: a confirmed decline of ≥ 50 %
/// (dated at its first value). <see cref="MaximalChangePercent"/>: the lowest percent change from
/// baseline at any follow-up value (positive when PSA only rose), and
/// <see cref="ChangeAt12WeeksPercent"/>: the change at the value nearest week 12 — the two bars of
/// the waterfall plots; null without a usable value or with a baseline of 0.
/// <see cref="Progression"/> dated at its first confirmed value; <see cref="DaysToProgression"/>
/// counts from the first dose to progression, or to the last PSA when censored.
/// </summary>
public sealed record Pcwg3Verdict(
    string Patient,
    bool Response,
    DateOnly? ResponseDate,
    Explanation ResponseExplanation,
    decimal? MaximalChangePercent,
    decimal? ChangeAt12WeeksPercent,
    DateOnly? Week12Date,
    bool Progression,
    DateOnly? ProgressionDate,
    int DaysToProgression,
    Explanation ProgressionExplanation);
