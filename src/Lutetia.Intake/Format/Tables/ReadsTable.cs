using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>reads.csv</summary>
internal sealed class ReadsTable : ITableCodec<Read>
{
    private static readonly TableSpecBuilder Columns = new("reads");
    public static readonly FieldSpec ReadId = Columns.Id("read_id");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec ExamDate = Columns.Date("exam_date");
    public static readonly FieldSpec Modality = Columns.Code<Modality>("modality");
    public static readonly FieldSpec Reader = Columns.Code<Reader>("reader");
    public static readonly FieldSpec LiverSulMean = Columns.Decimal("liver_sul_mean", 0m, minExclusive: true);
    public static readonly FieldSpec LiverSulSd = Columns.Decimal("liver_sul_sd", 0m);
    public static readonly TableSpec Table = Columns.Build(required: true);

    public TableSpec Spec => Table;

    public Read? Build(RowContext row)
    {
        var id = row.Id(ReadId);
        var patient = row.Id(PatientId);
        var date = row.Date(ExamDate);
        var modality = row.Code<Modality>(Modality);
        var reader = row.Code<Reader>(Reader);
        var mean = row.Decimal(LiverSulMean);
        var sd = row.Decimal(LiverSulSd);
        if (modality is { } m && m != Domain.Modality.Pet68Ga)
        {
            // cohort-format.md, reads.csv: the liver reference region is a PET (PERCIST) value.
            if (mean is not null)
                row.Report(LiverSulMean, "modality_fields", "liver_sul_mean is a PET value, but this read is not a PET", "leave it empty, or correct the modality");
            if (sd is not null)
                row.Report(LiverSulSd, "modality_fields", "liver_sul_sd is a PET value, but this read is not a PET", "leave it empty, or correct the modality");
        }
        return row.Ok
            ? new Read(new ReadId(id!), new PatientId(patient!), date!.Value, modality!.Value, reader!.Value, mean, sd)
            : null;
    }

    public void Format(Read value, string?[] cells)
    {
        cells[ReadId.Index] = value.Id.Value;
        cells[PatientId.Index] = value.Patient.Value;
        cells[ExamDate.Index] = CellText.Of(value.ExamDate);
        cells[Modality.Index] = CellText.Of(value.Modality);
        cells[Reader.Index] = CellText.Of(value.Reader);
        cells[LiverSulMean.Index] = CellText.Of(value.LiverSulMean);
        cells[LiverSulSd.Index] = CellText.Of(value.LiverSulSd);
    }
}
