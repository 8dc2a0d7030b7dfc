namespace Lutetia.Intake;

/// <summary>What to synthesise: how many patients, from which seed, with data locked on which date.</summary>
public sealed record SynthesisOptions(int Patients, int Seed = 1)
{
    /// <summary>The date the synthetic data are locked: no event is later. Fixed, so a seed always gives the same cohort.</summary>
    public DateOnly DataLock { get; init; } = new(2023, 6, 30);

    /// <summary>Every how many patients one is ineligible (10 → about 10 %).</summary>
    public int IneligibleEvery { get; init; } = 10;

    public int Centers { get; init; } = 8;
}
