using System.Globalization;
using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// A cohort as the twelve tables of the cohort format (cohort-format.md), in the format's order,
/// each cell in the format's canonical text, so that an export holds exactly what the cohort's
/// CSV files hold.
/// </summary>
internal static class CohortExportTables
{
    public static IReadOnlyList<ExportTable> Of(Cohort cohort) =>
    [
        Table("centers", "One participating centre", cohort.Centers,
            ("center_id", c => c.Id.Value), ("name", c => c.Name)),
        Table("patients", "One patient", cohort.Patients,
            ("patient_id", p => p.Id.Value), ("center_id", p => p.Center.Value), ("sex", p => Code(p.Sex)),
            ("birth_date", p => Date(p.BirthDate)), ("diagnosis_date", p => Date(p.DiagnosisDate)),
            ("primary_site", p => Code(p.PrimarySite)), ("differentiation", p => Code(p.Differentiation)),
            ("who_grade", p => Code(p.WhoGrade)), ("ki67_percent", p => Number(p.Ki67Percent)), ("ecog", p => Number(p.Ecog)),
            ("carcinoid_syndrome", p => YesNo(p.CarcinoidSyndrome)), ("carcinoid_heart_disease", p => YesNo(p.CarcinoidHeartDisease)),
            ("prior_prrt", p => YesNo(p.PriorPrrt)), ("mm_retractile", p => YesNo(p.MmRetractile)), ("sma_stage", p => Code(p.SmaStage)),
            ("smv_proximal_infiltration", p => YesNo(p.SmvProximalInfiltration)),
            ("severe_mesenteric_fibrosis", p => YesNo(p.SevereMesentericFibrosis)),
            ("mm_progression_before_prrt", p => YesNo(p.MmProgressionBeforePrrt)),
            ("prrt_stop_reason", p => Code(p.PrrtStopReason)), ("prrt_stop_toxicity", p => Code(p.PrrtStopToxicity)),
            ("last_news_date", p => Date(p.LastNewsDate)), ("death_date", p => Date(p.DeathDate)), ("death_cause", p => Code(p.DeathCause))),
        Table("metastatic_sites", "One metastatic site of a patient at first PRRT", cohort.MetastaticSites,
            ("patient_id", s => s.Patient.Value), ("site", s => Code(s.Site))),
        Table("prior_treatments", "One treatment a patient received before PRRT", cohort.PriorTreatments,
            ("patient_id", t => t.Patient.Value), ("treatment", t => Code(t.Treatment))),
        Table("prrt_cycles", "One administered 177Lu-DOTATATE cycle", cohort.PrrtCycles,
            ("patient_id", c => c.Patient.Value), ("cycle", c => Number(c.Number)), ("date", c => Date(c.Date)),
            ("activity_gbq", c => Number(c.ActivityGbq)), ("dose", c => Code(c.Dose))),
        Table("lesions", "One lesion followed on imaging", cohort.Lesions,
            ("patient_id", l => l.Patient.Value), ("lesion_id", l => l.Id.Value), ("site", l => Code(l.Site)),
            ("mesenteric_mass", l => YesNo(l.IsMesentericMass)), ("nodal", l => YesNo(l.IsNodal)), ("role", l => Code(l.Role))),
        Table("reads", "One reading of one imaging exam by one reader", cohort.Reads,
            ("read_id", r => r.Id.Value), ("patient_id", r => r.Patient.Value), ("exam_date", r => Date(r.ExamDate)),
            ("modality", r => Code(r.Modality)), ("reader", r => Code(r.Reader)),
            ("liver_sul_mean", r => Number(r.LiverSulMean)), ("liver_sul_sd", r => Number(r.LiverSulSd))),
        Table("measurements", "What one read saw of one lesion", cohort.Measurements,
            ("read_id", m => m.Read.Value), ("lesion_id", m => m.Lesion.Value), ("diameter_mm", m => Number(m.DiameterMm)),
            ("too_small_to_measure", m => YesNo(m.TooSmallToMeasure)), ("non_target_status", m => Code(m.NonTargetStatus)),
            ("krenning", m => Number(m.Krenning)), ("suv_max", m => Number(m.SuvMax)), ("sul_peak", m => Number(m.SulPeak))),
        Table("symptoms", "One symptom at one assessment", cohort.Symptoms,
            ("patient_id", s => s.Patient.Value), ("date", s => Date(s.Date)), ("domain", s => Code(s.Domain)),
            ("symptom", s => Code(s.Symptom)), ("intensity", s => Number(s.Intensity)), ("episodes_per_week", s => Number(s.EpisodesPerWeek))),
        Table("labs", "One laboratory value", cohort.Labs,
            ("patient_id", l => l.Patient.Value), ("date", l => Date(l.Date)), ("test", l => Code(l.Test)),
            ("value", l => Number(l.Value)), ("uln", l => Number(l.Uln))),
        Table("complications", "One gastrointestinal complication after the first dose", cohort.Complications,
            ("patient_id", c => c.Patient.Value), ("date", c => Date(c.Date)), ("type", c => Code(c.Type)),
            ("corticosteroids", c => YesNo(c.Corticosteroids))),
        Table("progression", "One progression documented without measurements", cohort.Progressions,
            ("patient_id", p => p.Patient.Value), ("date", p => Date(p.Date)), ("scope", p => Code(p.Scope))),
    ];

    /// <summary>The columns come from the format's own specification (CohortFormat), so kinds and codes cannot drift.</summary>
    private static ExportTable Table<T>(string name, string label, IReadOnlyList<T> values, params (string Column, Func<T, string?> Cell)[] cells)
    {
        var spec = CohortFormat.Table(name) ?? throw new InvalidOperationException($"{name} is not a table of the cohort format.");
        if (spec.Columns.Count != cells.Length)
            throw new InvalidOperationException($"{name}: the export maps {cells.Length} columns, the format has {spec.Columns.Count}.");
        var columns = new ExportColumn[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            if (spec.Columns[i].Name != cells[i].Column)
                throw new InvalidOperationException($"{name}: column {i + 1} is {spec.Columns[i].Name} in the format, {cells[i].Column} in the export.");
            columns[i] = Column(name, spec.Columns[i]);
        }
        var rows = new string?[values.Count][];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new string?[cells.Length];
            for (var c = 0; c < cells.Length; c++)
                row[c] = cells[c].Cell(values[r]);
            rows[r] = row;
        }
        return new ExportTable { Name = name, Label = label, Columns = columns, Rows = rows };
    }

    internal static ExportColumn Column(string table, FieldSpec field) => new()
    {
        Name = field.Name,
        Kind = field.Kind,
        Required = field.Required,
        Label = VariableLabels.Of(table, field.Name),
        Codes = field.Codes,
        CodeLabels = CodeLabels.Of(field.Codes),
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? YesNo(bool? value) => value switch { true => "yes", false => "no", null => null };

    /// <summary>As the cohort writer writes them: the decimal's own digits, so an export matches the cohort's files.</summary>
    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Code<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Codes<TEnum>.ToCode(v) : null;

    private static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => Codes<TEnum>.ToCode(value);
}
