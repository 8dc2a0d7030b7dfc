using Lutetia.Domain;

namespace Lutetia.Analysis.Tests;

/// <summary>
/// Builds small cohorts in code for endpoint tests. Each patient starts eligible: ileum, well
/// differentiated, retractile MM, 4 cycles from 2015-01-05 about 8 weeks apart (last dose
/// 2015-06-29), alive at last news 2019-12-31. Lesion L1 is the mesenteric mass (nodal target).
/// </summary>
internal sealed class CohortBuilder
{
    public static readonly DateOnly FirstDose = new(2015, 1, 5);
    public static readonly DateOnly LastDose = new(2015, 6, 29);

    private readonly List<Patient> _patients = [];
    private readonly List<PrrtCycle> _cycles = [];
    private readonly List<Lesion> _lesions = [];
    private readonly List<Read> _reads = [];
    private readonly List<Measurement> _measurements = [];
    private readonly List<SymptomAssessment> _symptoms = [];
    private readonly List<LabResult> _labs = [];
    private readonly List<Complication> _complications = [];
    private readonly List<RecordedProgression> _progressions = [];
    private int _reads_;

    public PatientId Patient(string id = "P1", Func<Patient, Patient>? change = null, int cycles = 4)
    {
        var patient = new Patient
        {
            Id = new PatientId(id),
            Center = new CenterId("C1"),
            Sex = Sex.Female,
            BirthDate = new DateOnly(1950, 3, 1),
            PrimarySite = PrimarySite.Ileum,
            Differentiation = Differentiation.Well,
            PriorPrrt = false,
            MmRetractile = true,
            LastNewsDate = new DateOnly(2019, 12, 31),
        };
        _patients.Add(change is null ? patient : change(patient));
        for (var c = 1; c <= cycles; c++)
            _cycles.Add(new PrrtCycle(patient.Id, c, c == cycles && cycles == 4 ? LastDose : FirstDose.AddDays(56 * (c - 1)), 7.4m, DoseLevel.Full));
        _lesions.Add(new Lesion(patient.Id, new LesionId("L1"), LesionSite.Mesentery, true, true, LesionRole.Target));
        return patient.Id;
    }

    public void Lesion(PatientId patient, string id, LesionSite site = LesionSite.Liver, LesionRole role = LesionRole.Target, bool nodal = false) =>
        _lesions.Add(new Lesion(patient, new LesionId(id), site, false, nodal, role));

    /// <summary>A CT read with diameters by lesion id ("L1" → 40 mm…); returns its id.</summary>
    public ReadId Ct(PatientId patient, DateOnly date, Reader reader = Reader.Local, params (string Lesion, decimal Mm)[] diameters) =>
        Read(patient, date, Modality.Ct, reader, diameters.Select(d => new Measurement { Read = default, Lesion = new LesionId(d.Lesion), DiameterMm = d.Mm }));

    public ReadId Srs(PatientId patient, DateOnly date, params (string Lesion, int Grade)[] grades) =>
        Read(patient, date, Modality.Srs111In, Reader.Local, grades.Select(g => new Measurement { Read = default, Lesion = new LesionId(g.Lesion), Krenning = g.Grade }));

    public ReadId Read(PatientId patient, DateOnly date, Modality modality, Reader reader, IEnumerable<Measurement> measurements)
    {
        var id = new ReadId($"R{++_reads_}");
        _reads.Add(new Read(id, patient, date, modality, reader));
        foreach (var m in measurements)
            _measurements.Add(m with { Read = id });
        return id;
    }

    public void Symptom(PatientId patient, DateOnly date, Symptom symptom, decimal intensity, SymptomDomain domain = SymptomDomain.Mm) =>
        _symptoms.Add(new SymptomAssessment(patient, date, domain, symptom, intensity, null));

    public void Cga(PatientId patient, DateOnly date, decimal value, decimal uln = 100) =>
        _labs.Add(new LabResult(patient, date, LabTest.Cga, value, uln));

    public void Complication(PatientId patient, DateOnly date, ComplicationType type = ComplicationType.AbdominalPain, bool? corticosteroids = null) =>
        _complications.Add(new Complication(patient, date, type, corticosteroids));

    public void Progression(PatientId patient, DateOnly date, ProgressionScope scope) =>
        _progressions.Add(new RecordedProgression(patient, date, scope));

    public Cohort Build() => new()
    {
        Centers = [new Center(new CenterId("C1"), "Test centre")],
        Patients = _patients,
        PrrtCycles = _cycles,
        Lesions = _lesions,
        Reads = _reads,
        Measurements = _measurements,
        Symptoms = _symptoms,
        Labs = _labs,
        Complications = _complications,
        Progressions = _progressions,
    };

    public StudyResults Analyze(MesenLuthParameters? parameters = null) => StudyAnalysis.Analyze(Build(), parameters ?? MesenLuthParameters.Published);

    public PatientEndpoints Endpoints(string id = "P1", MesenLuthParameters? parameters = null) =>
        Analyze(parameters).Patients.Single(p => p.Record.Patient.Id.Value == id);
}
