using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// The columns a form shows and the stored property behind each, and the columns a stored row
/// cannot change: its key (delete the row and add it again) and, for a patient, the centre.
/// </summary>
internal sealed class FormShape
{
    private FormShape(CrfTable table, IReadOnlyList<FieldSpec> columns, IProperty[] properties, HashSet<string> keyColumns)
    {
        Table = table;
        Columns = columns;
        Properties = properties;
        KeyColumns = keyColumns;
    }

    public CrfTable Table { get; }
    public IReadOnlyList<FieldSpec> Columns { get; }
    public IProperty[] Properties { get; }
    public HashSet<string> KeyColumns { get; }

    public static FormShape Of(LutetiaDbContext db, CrfForm form, CrfTable table)
    {
        var columns = table.Spec.Columns
            .Where(c => form.Only is null ? c.Name != "patient_id" || table.Name == "patients" : form.Only.Contains(c.Name)).ToList();
        var entity = db.Model.FindEntityType(table.NewRow("").GetType())!;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in entity.FindPrimaryKey()!.Properties)
            keys.Add(key.GetColumnName());
        if (table.Name == "patients")
            keys.Add("center_id");
        var properties = new IProperty[columns.Count];
        for (var i = 0; i < columns.Count; i++)
            properties[i] = RowCells.Property(entity, columns[i]);
        return new FormShape(table, columns, properties, keys);
    }

    /// <summary>Whether a column of a row can change (a key of a stored row cannot).</summary>
    public bool IsEditable(string row, FieldSpec column) => FormRows.IsNew(row) || !KeyColumns.Contains(column.Name);

    /// <summary>The row's cells as text, by <see cref="FormRows.Cell"/>.</summary>
    public Dictionary<string, string> Texts(string key, CohortRow row)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
            cells[FormRows.Cell(key, Columns[i].Name)] = RowCells.Text(Properties[i], row);
        return cells;
    }
}
