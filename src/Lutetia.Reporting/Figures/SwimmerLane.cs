namespace Lutetia.Reporting.Figures;

/// <summary>
/// One patient's course from the first cycle (time 0): the lane runs to the last news, with the
/// PRRT cycles, the first response, progression and death marked at their times in months.
/// </summary>
public sealed record SwimmerLane(string PatientId, double FollowUpMonths, IReadOnlyList<double> CycleMonths)
{
    public double? ResponseMonths { get; init; }

    public ResponseKind Response { get; init; } = ResponseKind.Partial;

    public double? ProgressionMonths { get; init; }

    public double? DeathMonths { get; init; }

    /// <summary>Alive (censored) at the last news: the lane ends in an arrow.</summary>
    public bool AliveAtLastNews { get; init; }

    /// <summary>Names one of <see cref="SwimmerModel.LaneCategories"/> to colour the lane.</summary>
    public string? Category { get; init; }
}
