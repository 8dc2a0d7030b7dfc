namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// The toxicity of a patient for a term, or every reason it could not be graded: exactly one of
/// <see cref="Toxicity"/> and a non-empty <see cref="Refusals"/>.
/// </summary>
public sealed record ToxicityOutcome(PatientToxicity? Toxicity, IReadOnlyList<DataRefusal> Refusals)
{
    public bool IsRefused => Toxicity is null;
}
