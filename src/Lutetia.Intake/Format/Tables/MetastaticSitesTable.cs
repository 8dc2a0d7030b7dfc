using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>metastatic_sites.csv</summary>
internal sealed class MetastaticSitesTable : ITableCodec<MetastaticSite>
{
    private static readonly TableSpecBuilder Columns = new("metastatic_sites");
    public static readonly FieldSpec PatientId = Columns.Id("patient_id");
    public static readonly FieldSpec Site = Columns.Code<MetastaticSiteKind>("site");
    public static readonly TableSpec Table = Columns.Build(required: false);

    public TableSpec Spec => Table;

    public MetastaticSite? Build(RowContext row)
    {
        var patient = row.Id(PatientId);
        var site = row.Code<MetastaticSiteKind>(Site);
        return row.Ok ? new MetastaticSite(new PatientId(patient!), site!.Value) : null;
    }

    public void Format(MetastaticSite value, string?[] cells)
    {
        cells[PatientId.Index] = value.Patient.Value;
        cells[Site.Index] = CellText.Of(value.Site);
    }
}
