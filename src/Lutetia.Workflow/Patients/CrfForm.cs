using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// One case report form of a patient's pages, as the server knows it: the table it edits, the
/// section of the permission matrix it belongs to (the cycles and follow-up forms edit the patients
/// table as clinical data), the columns it shows and whether rows may be added and deleted. Its
/// <see cref="Name"/> is the form's name in the page (the handler a post names). The forms are these
/// constants: a post chooses one by the page it is sent to, never by what it carries.
/// </summary>
public sealed record CrfForm(string Name, CrfTable Table, CrfSection Section, IReadOnlyList<string>? Only = null, bool CanAdd = true)
{
    /// <summary>Whether the form creates a patient (its one row is new, its identifier and centre typed).</summary>
    public bool CreatesPatient { get; private init; }

    /// <summary>patients.csv up to the PRRT course: identity, tumour, mesenteric assessment (the rest is on the cycles and follow-up forms).</summary>
    private static readonly string[] TumourColumns =
    [
        "patient_id", "center_id", "sex", "birth_date", "diagnosis_date", "primary_site", "differentiation", "who_grade",
        "ki67_percent", "ecog", "carcinoid_syndrome", "carcinoid_heart_disease", "prior_prrt", "mm_retractile", "sma_stage",
        "smv_proximal_infiltration", "severe_mesenteric_fibrosis", "mm_progression_before_prrt",
    ];

    private static readonly string[] StopColumns = ["prrt_stop_reason", "prrt_stop_toxicity"];
    private static readonly string[] FollowUpColumns = ["last_news_date", "death_date", "death_cause"];

    /// <summary>A new patient: every column of patients.csv.</summary>
    public static readonly CrfForm NewPatient = new("patients", CrfTable.Patients, CrfSection.Patients) { CreatesPatient = true };

    public static readonly CrfForm Tumour = new("patients", CrfTable.Patients, CrfSection.Patients, TumourColumns, CanAdd: false);
    public static readonly CrfForm MetastaticSites = new("metastatic_sites", CrfTable.MetastaticSites, CrfSection.Patients);
    public static readonly CrfForm PriorTreatments = new("prior_treatments", CrfTable.PriorTreatments, CrfSection.Patients);
    public static readonly CrfForm PrrtCycles = new("prrt_cycles", CrfTable.PrrtCycles, CrfSection.Clinical);
    public static readonly CrfForm EndOfPrrt = new("patients-stop", CrfTable.Patients, CrfSection.Clinical, StopColumns, CanAdd: false);
    public static readonly CrfForm Symptoms = new("symptoms", CrfTable.Symptoms, CrfSection.Clinical);
    public static readonly CrfForm Labs = new("labs", CrfTable.Labs, CrfSection.Clinical);
    public static readonly CrfForm Complications = new("complications", CrfTable.Complications, CrfSection.Clinical);
    public static readonly CrfForm VitalStatus = new("patients-follow-up", CrfTable.Patients, CrfSection.Clinical, FollowUpColumns, CanAdd: false);
    public static readonly CrfForm Progression = new("progression", CrfTable.Progression, CrfSection.Clinical);
    public static readonly CrfForm Lesions = new("lesions", CrfTable.Lesions, CrfSection.Imaging);

    /// <summary>The reads; an account that may not see central reads gets the local ones only (<see cref="ReadBlinding"/>).</summary>
    public static readonly CrfForm Reads = new("reads", CrfTable.Reads, CrfSection.Imaging);
}
