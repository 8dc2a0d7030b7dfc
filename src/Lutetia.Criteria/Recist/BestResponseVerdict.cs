using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// Best overall response with the time point that decided it and, in confirmed mode, the read
/// that confirmed (or failed to confirm) it. Null reads when no time point was scored.
/// </summary>
public sealed record BestResponseVerdict(
    OverallResponse Response,
    BestResponseMode Mode,
    ReadId? DecidingRead,
    DateOnly? DecidingDate,
    ReadId? ConfirmingRead,
    DateOnly? ConfirmingDate,
    Explanation Explanation)
{
    /// <summary>
    /// Whether a CR or PR was confirmed by RECIST 1.1 table 3 (a confirming read at least
    /// <see cref="RecistParameters.ConfirmationIntervalDays"/> later), whatever <see cref="Mode"/>:
    /// in unconfirmed mode a PR best response can still be reported as not confirmed.
    /// </summary>
    public bool ResponseConfirmed { get; init; }

    /// <summary>
    /// What a reviewer should know but that did not stop the scoring: reads on or before the first
    /// dose left out as baseline, reads after another progression left out, a series mixing
    /// non-CR/non-PD with PR or SD.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Set when the input could not be scored; the response is then NE.</summary>
    public BestResponseRefusal? Refusal { get; init; }

    internal static BestResponseVerdict Refused(BestResponseMode mode, BestResponseRefusal refusal) =>
        new(OverallResponse.Ne, mode, null, null, null, null,
            new Explanation("RECIST 1.1", "§4.4.3 refused", $"NE: not scored: {refusal}"))
        {
            Refusal = refusal,
        };
}
