using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>prrt_cycles.csv</summary>
internal sealed class PrrtCyclesTable : ITableCodec<PrrtCycle>
{
    private static readonly TableSpecBuilder Columns = new("prrt_cycles");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec Cycle = Columns.Integer("cycle", min: 1, max: null, required: true);
    public static readonly FieldSpec Date = Columns.Date("date");
    public static readonly FieldSpec ActivityGbq = Columns.Decimal("activity_gbq", 0m, minExclusive: true);
    public static readonly FieldSpec Dose = Columns.Code<DoseLevel>("dose");
    public static readonly TableSpec Table = Columns.Build(required: true);

    public TableSpec Spec => Table;

    public PrrtCycle? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var cycle = row.Integer(Cycle);
        var date = row.Date(Date);
        var activity = row.Decimal(ActivityGbq);
        var dose = row.Code<DoseLevel>(Dose);
        return row.Ok ? new PrrtCycle(new PatientId(patient!), cycle!.Value, date!.Value, activity, dose!.Value) : null;
    }

    public void Format(PrrtCycle value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[Cycle.Index] = CellText.Of(value.Number);
        cells[Date.Index] = CellText.Of(value.Date);
        cells[ActivityGbq.Index] = CellText.Of(value.ActivityGbq);
        cells[Dose.Index] = CellText.Of(value.Dose);
    }
}
