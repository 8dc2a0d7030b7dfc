namespace Lutetia.Intake.Tests;

/// <summary>A cohort broken in one place, and the one problem it must produce.</summary>
public sealed record RuleCase(string Name, Action<TestCohort> Break, string File, int? Row, string? Column, string Rule)
{
    public override string ToString() => Name;
}
