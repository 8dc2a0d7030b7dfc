using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>labs.csv</summary>
internal sealed class LabsTable : ITableCodec<LabResult>
{
    private static readonly TableSpecBuilder Columns = new("labs");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec Date = Columns.Date("date");
    public static readonly FieldSpec Test = Columns.Code<LabTest>("test");
    public static readonly FieldSpec Value = Columns.Decimal("value", 0m, required: true);
    public static readonly FieldSpec Uln = Columns.Decimal("uln", 0m, minExclusive: true, required: true);
    public static readonly TableSpec Table = Columns.Build(required: false);

    public TableSpec Spec => Table;

    public LabResult? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var date = row.Date(Date);
        var test = row.Code<LabTest>(Test);
        var value = row.Decimal(Value);
        var uln = row.Decimal(Uln);
        return row.Ok ? new LabResult(new PatientId(patient!), date!.Value, test!.Value, value!.Value, uln!.Value) : null;
    }

    public void Format(LabResult value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[Date.Index] = CellText.Of(value.Date);
        cells[Test.Index] = CellText.Of(value.Test);
        cells[Value.Index] = CellText.Of(value.Value);
        cells[Uln.Index] = CellText.Of(value.Uln);
    }
}
