using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>One symptom at the baseline and evaluation assessments: what was recorded and how it changed.</summary>
public sealed record SymptomChange(Symptom Symptom, SymptomAssessment? Baseline, SymptomAssessment? Evaluation)
{
    public bool PresentAtBaseline => Baseline?.IsPresent == true;

    public bool PresentAtEvaluation => Evaluation?.IsPresent == true;

    /// <summary>Intensity or frequency rose by more than the threshold (from 0, any rise).</summary>
    public bool Worsened { get; init; }

    /// <summary>Intensity or frequency fell by at least the threshold.</summary>
    public bool Improved { get; init; }
}
