namespace Lutetia.Twin;

/// <summary>Category intended for a symptom domain at the evaluation and at the long-term assessment (null: no such assessment).</summary>
internal sealed record ClinicalPlan(ClinicalOutcome? Evaluation, ClinicalOutcome? LongTerm);

/// <summary>The clinical categories of mesenluth-protocol.md.</summary>
internal enum ClinicalOutcome
{
    Complete,
    Partial,
    Stable,
    Progression,
}
