using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>prior_treatments.csv</summary>
internal sealed class PriorTreatmentsTable : ITableCodec<PriorTreatment>
{
    private static readonly TableSpecBuilder Columns = new("prior_treatments");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec Treatment = Columns.Code<PriorTreatmentKind>("treatment");
    public static readonly TableSpec Table = Columns.Build(required: false);

    public TableSpec Spec => Table;

    public PriorTreatment? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var treatment = row.Code<PriorTreatmentKind>(Treatment);
        return row.Ok ? new PriorTreatment(new PatientId(patient!), treatment!.Value) : null;
    }

    public void Format(PriorTreatment value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[Treatment.Index] = CellText.Of(value.Treatment);
    }
}
