using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>symptoms.csv — one row per symptom per assessment.</summary>
internal sealed class SymptomsTable : ITableCodec<SymptomAssessment>
{
    private static readonly TableSpecBuilder Columns = new("symptoms");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec Date = Columns.Date("date");
    public static readonly FieldSpec Domain = Columns.Code<SymptomDomain>("domain");
    public static readonly FieldSpec Symptom = Columns.Code<Symptom>("symptom");
    public static readonly FieldSpec Intensity = Columns.Decimal("intensity", 0m, 10m);
    public static readonly FieldSpec EpisodesPerWeek = Columns.Decimal("episodes_per_week", 0m);
    public static readonly TableSpec Table = Columns.Build(required: false);

    public TableSpec Spec => Table;

    public SymptomAssessment? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var date = row.Date(Date);
        var domain = row.Code<SymptomDomain>(Domain);
        var symptom = row.Code<Symptom>(Symptom);
        var intensity = row.Decimal(Intensity);
        var episodes = row.Decimal(EpisodesPerWeek);
        if (row.Ok)
            CheckMeasures(row, intensity, episodes);
        return row.Ok
            ? new SymptomAssessment(new PatientId(patient!), date!.Value, domain!.Value, symptom!.Value, intensity, episodes)
            : null;
    }

    /// <summary>cohort-format.md, symptoms.csv: one measure at least, and 0 means absent in both.</summary>
    private static void CheckMeasures(RowContext row, decimal? intensity, decimal? episodes)
    {
        if (intensity is null && episodes is null)
            row.Report(Intensity, "symptom_measure", "neither intensity nor episodes_per_week is recorded",
                "enter the intensity (0–10, 0 = absent) or the episodes per week, or remove the row if the symptom was not assessed");
        else if (intensity == 0m && episodes > 0m)
            row.Report(EpisodesPerWeek, "symptom_consistency", "intensity 0 means absent, but episodes_per_week is above 0",
                "set episodes_per_week to 0 or empty, or correct the intensity");
        else if (episodes == 0m && intensity > 0m)
            row.Report(Intensity, "symptom_consistency", "episodes_per_week 0 means absent, but the intensity is above 0",
                "set the intensity to 0 or empty, or correct episodes_per_week");
    }

    public void Format(SymptomAssessment value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[Date.Index] = CellText.Of(value.Date);
        cells[Domain.Index] = CellText.Of(value.Domain);
        cells[Symptom.Index] = CellText.Of(value.Symptom);
        cells[Intensity.Index] = CellText.Of(value.Intensity);
        cells[EpisodesPerWeek.Index] = CellText.Of(value.EpisodesPerWeek);
    }
}
