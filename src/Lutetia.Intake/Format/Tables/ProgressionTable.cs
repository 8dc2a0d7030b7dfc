using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>progression.csv (optional)</summary>
internal sealed class ProgressionTable : ITableCodec<RecordedProgression>
{
    private static readonly TableSpecBuilder Columns = new("progression");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec Date = Columns.Date("date");
    public static readonly FieldSpec Scope = Columns.Code<ProgressionScope>("scope");
    public static readonly TableSpec Table = Columns.Build(required: false);

    public TableSpec Spec => Table;

    public RecordedProgression? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var date = row.Date(Date);
        var scope = row.Code<ProgressionScope>(Scope);
        return row.Ok ? new RecordedProgression(new PatientId(patient!), date!.Value, scope!.Value) : null;
    }

    public void Format(RecordedProgression value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[Date.Index] = CellText.Of(value.Date);
        cells[Scope.Index] = CellText.Of(value.Scope);
    }
}
