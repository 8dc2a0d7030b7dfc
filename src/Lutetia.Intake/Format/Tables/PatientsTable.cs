using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>patients.csv — one row per patient.</summary>
internal sealed class PatientsTable : ITableCodec<Patient>
{
    private static readonly TableSpecBuilder Columns = new("patients");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec CenterId = Columns.Id("center_id");
    public static readonly FieldSpec Sex = Columns.Code<Sex>("sex");
    public static readonly FieldSpec BirthDate = Columns.Date("birth_date", required: false);
    public static readonly FieldSpec DiagnosisDate = Columns.Date("diagnosis_date", required: false);
    public static readonly FieldSpec PrimarySite = Columns.Code<PrimarySite>("primary_site");
    public static readonly FieldSpec Differentiation = Columns.Code<Differentiation>("differentiation");
    public static readonly FieldSpec WhoGrade = Columns.Code<WhoGrade>("who_grade", required: false);
    public static readonly FieldSpec Ki67Percent = Columns.Decimal("ki67_percent", 0m, 100m);
    public static readonly FieldSpec Ecog = Columns.Integer("ecog", 0, 4);
    public static readonly FieldSpec CarcinoidSyndrome = Columns.Boolean("carcinoid_syndrome");
    public static readonly FieldSpec CarcinoidHeartDisease = Columns.Boolean("carcinoid_heart_disease");
    public static readonly FieldSpec PriorPrrt = Columns.Boolean("prior_prrt", required: true);
    public static readonly FieldSpec MmRetractile = Columns.Boolean("mm_retractile");
    public static readonly FieldSpec SmaStage = Columns.Code<SmaStage>("sma_stage", required: false);
    public static readonly FieldSpec SmvProximalInfiltration = Columns.Boolean("smv_proximal_infiltration");
    public static readonly FieldSpec SevereMesentericFibrosis = Columns.Boolean("severe_mesenteric_fibrosis");
    public static readonly FieldSpec MmProgressionBeforePrrt = Columns.Boolean("mm_progression_before_prrt");
    public static readonly FieldSpec PrrtStopReason = Columns.Code<PrrtStopReason>("prrt_stop_reason", required: false);
    public static readonly FieldSpec PrrtStopToxicity = Columns.Code<PrrtStopToxicity>("prrt_stop_toxicity", required: false);
    public static readonly FieldSpec LastNewsDate = Columns.Date("last_news_date");
    public static readonly FieldSpec DeathDate = Columns.Date("death_date", required: false);
    public static readonly FieldSpec DeathCause = Columns.Code<DeathCause>("death_cause", required: false);
    public static readonly TableSpec Table = Columns.Build(required: true, needsRows: true);

    public TableSpec Spec => Table;

    public Patient? Build(RowContext row)
    {
        var id = row.Id(PatientId);
        var center = row.Id(CenterId);
        var sex = row.Code<Sex>(Sex);
        var primarySite = row.Code<PrimarySite>(PrimarySite);
        var differentiation = row.Code<Differentiation>(Differentiation);
        var priorPrrt = row.Boolean(PriorPrrt);
        var lastNews = row.Date(LastNewsDate);
        var patient = new Patient
        {
            Id = new PatientId(id ?? ""),
            Center = new CenterId(center ?? ""),
            Sex = sex.GetValueOrDefault(),
            BirthDate = row.Date(BirthDate),
            DiagnosisDate = row.Date(DiagnosisDate),
            PrimarySite = primarySite.GetValueOrDefault(),
            Differentiation = differentiation.GetValueOrDefault(),
            WhoGrade = row.Code<WhoGrade>(WhoGrade),
            Ki67Percent = row.Decimal(Ki67Percent),
            Ecog = row.Integer(Ecog),
            CarcinoidSyndrome = row.Boolean(CarcinoidSyndrome),
            CarcinoidHeartDisease = row.Boolean(CarcinoidHeartDisease),
            PriorPrrt = priorPrrt.GetValueOrDefault(),
            MmRetractile = row.Boolean(MmRetractile),
            SmaStage = row.Code<SmaStage>(SmaStage),
            SmvProximalInfiltration = row.Boolean(SmvProximalInfiltration),
            SevereMesentericFibrosis = row.Boolean(SevereMesentericFibrosis),
            MmProgressionBeforePrrt = row.Boolean(MmProgressionBeforePrrt),
            PrrtStopReason = row.Code<PrrtStopReason>(PrrtStopReason),
            PrrtStopToxicity = row.Code<PrrtStopToxicity>(PrrtStopToxicity),
            LastNewsDate = lastNews.GetValueOrDefault(),
            DeathDate = row.Date(DeathDate),
            DeathCause = row.Code<DeathCause>(DeathCause),
        };
        CheckConditionalColumns(row, patient);
        return row.Ok ? patient : null;
    }

    /// <summary>cohort-format.md, patients.csv: columns required exactly when another is set.</summary>
    private static void CheckConditionalColumns(RowContext row, Patient patient)
    {
        if (patient.PrrtStopReason == Domain.PrrtStopReason.Toxicity && patient.PrrtStopToxicity is null)
            row.Report(PrrtStopToxicity, "stop_toxicity", "prrt_stop_reason is toxicity, so prrt_stop_toxicity is required",
                "enter the toxicity: cholestasis, cytopenia, renal_insufficiency or other");
        else if (patient.PrrtStopReason != Domain.PrrtStopReason.Toxicity && patient.PrrtStopToxicity is not null)
            row.Report(PrrtStopToxicity, "stop_toxicity", "prrt_stop_toxicity is only for prrt_stop_reason = toxicity",
                "empty prrt_stop_toxicity, or set prrt_stop_reason to toxicity");
        if (patient.DeathDate is not null && patient.DeathCause is null)
            row.Report(DeathCause, "death_cause", "death_date is set, so death_cause is required",
                "enter mm_related, net_not_mm, not_net, or unknown when the cause is not known");
        else if (patient.DeathDate is null && patient.DeathCause is not null)
            row.Report(DeathCause, "death_cause", "death_cause is set but death_date is empty",
                "enter the death date, or empty death_cause if the patient is alive");
    }

    public void Format(Patient value, string?[] cells)
    {
        cells[PatientId.Index] = value.Id.Value;
        cells[CenterId.Index] = value.Center.Value;
        cells[Sex.Index] = CellText.Of(value.Sex);
        cells[BirthDate.Index] = CellText.Of(value.BirthDate);
        cells[DiagnosisDate.Index] = CellText.Of(value.DiagnosisDate);
        cells[PrimarySite.Index] = CellText.Of(value.PrimarySite);
        cells[Differentiation.Index] = CellText.Of(value.Differentiation);
        cells[WhoGrade.Index] = CellText.Of(value.WhoGrade);
        cells[Ki67Percent.Index] = CellText.Of(value.Ki67Percent);
        cells[Ecog.Index] = CellText.Of(value.Ecog);
        cells[CarcinoidSyndrome.Index] = CellText.Of(value.CarcinoidSyndrome);
        cells[CarcinoidHeartDisease.Index] = CellText.Of(value.CarcinoidHeartDisease);
        cells[PriorPrrt.Index] = CellText.Of(value.PriorPrrt);
        cells[MmRetractile.Index] = CellText.Of(value.MmRetractile);
        cells[SmaStage.Index] = CellText.Of(value.SmaStage);
        cells[SmvProximalInfiltration.Index] = CellText.Of(value.SmvProximalInfiltration);
        cells[SevereMesentericFibrosis.Index] = CellText.Of(value.SevereMesentericFibrosis);
        cells[MmProgressionBeforePrrt.Index] = CellText.Of(value.MmProgressionBeforePrrt);
        cells[PrrtStopReason.Index] = CellText.Of(value.PrrtStopReason);
        cells[PrrtStopToxicity.Index] = CellText.Of(value.PrrtStopToxicity);
        cells[LastNewsDate.Index] = CellText.Of(value.LastNewsDate);
        cells[DeathDate.Index] = CellText.Of(value.DeathDate);
        cells[DeathCause.Index] = CellText.Of(value.DeathCause);
    }
}
