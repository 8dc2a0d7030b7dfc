using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>complications.csv</summary>
internal sealed class ComplicationsTable : ITableCodec<Complication>
{
    private static readonly TableSpecBuilder Columns = new("complications");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec Date = Columns.Date("date");
    public static readonly FieldSpec Type = Columns.Code<ComplicationType>("type");
    public static readonly FieldSpec Corticosteroids = Columns.Boolean("corticosteroids");
    public static readonly TableSpec Table = Columns.Build(required: false);

    public TableSpec Spec => Table;

    public Complication? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var date = row.Date(Date);
        var type = row.Code<ComplicationType>(Type);
        var corticosteroids = row.Boolean(Corticosteroids);
        return row.Ok ? new Complication(new PatientId(patient!), date!.Value, type!.Value, corticosteroids) : null;
    }

    public void Format(Complication value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[Date.Index] = CellText.Of(value.Date);
        cells[Type.Index] = CellText.Of(value.Type);
        cells[Corticosteroids.Index] = CellText.Of(value.Corticosteroids);
    }
}
