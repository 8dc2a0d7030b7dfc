using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>lesions.csv</summary>
internal sealed class LesionsTable : ITableCodec<Lesion>
{
    private static readonly TableSpecBuilder Columns = new("lesions");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec LesionId = Columns.Id("lesion_id");
    public static readonly FieldSpec Site = Columns.Code<LesionSite>("site");
    public static readonly FieldSpec MesentericMass = Columns.Boolean("mesenteric_mass", required: true);
    public static readonly FieldSpec Nodal = Columns.Boolean("nodal", required: true);
    public static readonly FieldSpec Role = Columns.Code<LesionRole>("role");
    public static readonly TableSpec Table = Columns.Build(required: true);

    public TableSpec Spec => Table;

    public Lesion? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var lesion = row.Id(LesionId);
        var site = row.Code<LesionSite>(Site);
        var mass = row.Boolean(MesentericMass);
        var nodal = row.Boolean(Nodal);
        var role = row.Code<LesionRole>(Role);
        return row.Ok
            ? new Lesion(new PatientId(patient!), new LesionId(lesion!), site!.Value, mass!.Value, nodal!.Value, role!.Value)
            : null;
    }

    public void Format(Lesion value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[LesionId.Index] = value.Id.Value;
        cells[Site.Index] = CellText.Of(value.Site);
        cells[MesentericMass.Index] = CellText.Of(value.IsMesentericMass);
        cells[Nodal.Index] = CellText.Of(value.IsNodal);
        cells[Role.Index] = CellText.Of(value.Role);
    }
}
