using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>The rows of every table as read, each with its row number, before the cross-file rules.</summary>
internal sealed class CohortTables
{
    public List<Parsed<Center>> Centers { get; set; } = [];
    public List<Parsed<Patient>> Patients { get; set; } = [];
    public List<Parsed<MetastaticSite>> MetastaticSites { get; set; } = [];
    public List<Parsed<PriorTreatment>> PriorTreatments { get; set; } = [];
    public List<Parsed<PrrtCycle>> PrrtCycles { get; set; } = [];
    public List<Parsed<Lesion>> Lesions { get; set; } = [];
    public List<Parsed<Read>> Reads { get; set; } = [];
    public List<Parsed<Measurement>> Measurements { get; set; } = [];
    public List<Parsed<SymptomAssessment>> Symptoms { get; set; } = [];
    public List<Parsed<LabResult>> Labs { get; set; } = [];
    public List<Parsed<Complication>> Complications { get; set; } = [];
    public List<Parsed<RecordedProgression>> Progressions { get; set; } = [];

    /// <summary>Identifiers of rows that failed their own rules (see <see cref="RejectedRows"/>).</summary>
    public RejectedRows Rejected { get; } = new();

    /// <summary>How each table is named in problems (a file name or a workbook sheet).</summary>
    public Dictionary<string, string> Locations { get; } = [];

    public string Location(TableSpec table) => Locations.TryGetValue(table.Name, out var location) ? location : table.FileName;

    public Cohort ToCohort() => new()
    {
        Centers = Values(Centers),
        Patients = Values(Patients),
        MetastaticSites = Values(MetastaticSites),
        PriorTreatments = Values(PriorTreatments),
        PrrtCycles = Values(PrrtCycles),
        Lesions = Values(Lesions),
        Reads = Values(Reads),
        Measurements = Values(Measurements),
        Symptoms = Values(Symptoms),
        Labs = Values(Labs),
        Complications = Values(Complications),
        Progressions = Values(Progressions),
    };

    private static T[] Values<T>(List<Parsed<T>> rows)
    {
        var values = new T[rows.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = rows[i].Value;
        return values;
    }
}
