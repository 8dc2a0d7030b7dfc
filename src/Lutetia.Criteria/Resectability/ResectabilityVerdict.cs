namespace Lutetia.Criteria;

/// <summary>Resectability of the mesenteric mass with the findings that decided it.</summary>
public sealed record ResectabilityVerdict(Resectability Status, IReadOnlyList<string> Findings, Explanation Explanation);
