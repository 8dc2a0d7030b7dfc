namespace Lutetia.Domain;

/// <summary>
/// The rows of a cohort while a program builds it (the synthetic cohorts, the MesenLuth twin),
/// one list per file of the format, in file order; <see cref="ToCohort"/> gives the cohort.
/// </summary>
public sealed class CohortBuilder
{
    public List<Center> Centers { get; } = [];
    public List<Patient> Patients { get; } = [];
    public List<MetastaticSite> MetastaticSites { get; } = [];
    public List<PriorTreatment> PriorTreatments { get; } = [];
    public List<PrrtCycle> PrrtCycles { get; } = [];
    public List<Lesion> Lesions { get; } = [];
    public List<Read> Reads { get; } = [];
    public List<Measurement> Measurements { get; } = [];
    public List<SymptomAssessment> Symptoms { get; } = [];
    public List<LabResult> Labs { get; } = [];
    public List<Complication> Complications { get; } = [];
    public List<RecordedProgression> Progressions { get; } = [];

    public Cohort ToCohort() => new()
    {
        Centers = Centers,
        Patients = Patients,
        MetastaticSites = MetastaticSites,
        PriorTreatments = PriorTreatments,
        PrrtCycles = PrrtCycles,
        Lesions = Lesions,
        Reads = Reads,
        Measurements = Measurements,
        Symptoms = Symptoms,
        Labs = Labs,
        Complications = Complications,
        Progressions = Progressions,
    };
}
