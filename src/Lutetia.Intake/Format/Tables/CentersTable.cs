using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>centers.csv</summary>
internal sealed class CentersTable : ITableCodec<Center>
{
    /// <summary>The longest centre name, in characters (centers.name in the database).</summary>
    public const int NameMaximumLength = 200;

    private static readonly TableSpecBuilder Columns = new("centers");
    public static readonly FieldSpec CenterId = Columns.Id("center_id");
    public static readonly FieldSpec Name = Columns.Text("name", NameMaximumLength);
    public static readonly TableSpec Table = Columns.Build(required: true, needsRows: true);

    public TableSpec Spec => Table;

    public Center? Build(RowContext row)
    {
        var id = row.Id(CenterId);
        var name = row.Text(Name);
        return row.Ok ? new Center(new CenterId(id!), name!) : null;
    }

    public void Format(Center value, string?[] cells)
    {
        cells[CenterId.Index] = value.Id.Value;
        cells[Name.Index] = value.Name;
    }
}
