using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>measurements.csv — what one read saw of one lesion.</summary>
internal sealed class MeasurementsTable : ITableCodec<Measurement>
{
    private static readonly TableSpecBuilder Columns = new("measurements");
    public static readonly FieldSpec ReadId = Columns.Id("read_id");
    public static readonly FieldSpec LesionId = Columns.Id("lesion_id");
    public static readonly FieldSpec DiameterMm = Columns.Decimal("diameter_mm", 0m);
    public static readonly FieldSpec TooSmallToMeasure = Columns.Boolean("too_small_to_measure");
    public static readonly FieldSpec NonTargetStatus = Columns.Code<NonTargetStatus>("non_target_status", required: false);
    public static readonly FieldSpec Krenning = Columns.Integer("krenning", 0, 4);
    public static readonly FieldSpec SuvMax = Columns.Decimal("suv_max", 0m);
    public static readonly FieldSpec SulPeak = Columns.Decimal("sul_peak", 0m, minExclusive: true);
    public static readonly TableSpec Table = Columns.Build(required: true);

    public TableSpec Spec => Table;

    public Measurement? Build(RowContext row)
    {
        var read = row.Id(ReadId);
        var lesion = row.Id(LesionId);
        var measurement = new Measurement
        {
            Read = new ReadId(read ?? ""),
            Lesion = new LesionId(lesion ?? ""),
            DiameterMm = row.Decimal(DiameterMm),
            TooSmallToMeasure = row.Boolean(TooSmallToMeasure),
            NonTargetStatus = row.Code<NonTargetStatus>(NonTargetStatus),
            Krenning = row.Integer(Krenning),
            SuvMax = row.Decimal(SuvMax),
            SulPeak = row.Decimal(SulPeak),
        };
        // cohort-format.md, measurements.csv: a lesion too small to measure has no diameter.
        if (measurement.TooSmallToMeasure == true && measurement.DiameterMm is not null)
            row.Report(DiameterMm, "too_small_with_diameter", "too_small_to_measure is yes, so there is no diameter",
                "empty diameter_mm (RECIST counts 5 mm for it), or set too_small_to_measure to no");
        return row.Ok ? measurement : null;
    }

    public void Format(Measurement value, string?[] cells)
    {
        cells[ReadId.Index] = value.Read.Value;
        cells[LesionId.Index] = value.Lesion.Value;
        cells[DiameterMm.Index] = CellText.Of(value.DiameterMm);
        cells[TooSmallToMeasure.Index] = CellText.Of(value.TooSmallToMeasure);
        cells[NonTargetStatus.Index] = CellText.Of(value.NonTargetStatus);
        cells[Krenning.Index] = CellText.Of(value.Krenning);
        cells[SuvMax.Index] = CellText.Of(value.SuvMax);
        cells[SulPeak.Index] = CellText.Of(value.SulPeak);
    }
}
