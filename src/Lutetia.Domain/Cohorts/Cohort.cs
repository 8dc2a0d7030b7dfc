namespace Lutetia.Domain;

/// <summary>
/// A whole cohort in the interchange format: one list per file, in file order. A cohort is only
/// ever built from data that passed every rule of the format (see Lutetia.Intake), so its
/// references hold and its dates are in order.
/// </summary>
public sealed record Cohort
{
    public IReadOnlyList<Center> Centers { get; init; } = [];
    public IReadOnlyList<Patient> Patients { get; init; } = [];
    public IReadOnlyList<MetastaticSite> MetastaticSites { get; init; } = [];
    public IReadOnlyList<PriorTreatment> PriorTreatments { get; init; } = [];
    public IReadOnlyList<PrrtCycle> PrrtCycles { get; init; } = [];
    public IReadOnlyList<Lesion> Lesions { get; init; } = [];
    public IReadOnlyList<Read> Reads { get; init; } = [];
    public IReadOnlyList<Measurement> Measurements { get; init; } = [];
    public IReadOnlyList<SymptomAssessment> Symptoms { get; init; } = [];
    public IReadOnlyList<LabResult> Labs { get; init; } = [];
    public IReadOnlyList<Complication> Complications { get; init; } = [];
    public IReadOnlyList<RecordedProgression> Progressions { get; init; } = [];

    /// <summary>Every patient with all of their rows, in patients.csv order.</summary>
    public IReadOnlyList<PatientRecord> PatientRecords() => PatientRecord.Group(this);
}
