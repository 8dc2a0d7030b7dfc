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
    Explanation Explanation);
