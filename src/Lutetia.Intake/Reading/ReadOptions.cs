using Lutetia.Criteria.Recist;

namespace Lutetia.Intake;

/// <summary>What a cohort is checked against: today's date (no date may be later) and the RECIST thresholds of the warnings.</summary>
public sealed record ReadOptions(DateOnly Today)
{
    public RecistParameters Recist { get; init; } = RecistParameters.Published;

    /// <summary>Told as the tables are read (the CLI draws a progress bar with it).</summary>
    public IProgress<ReadProgress>? Progress { get; init; }
}
