using Lutetia.Intake;
using Lutetia.Workflow.Queries;

namespace Lutetia.Web.Forms;

/// <summary>
/// What one table's form of one patient shows: the cells as text, the values and version each row
/// was opened with (posted back in hidden fields so that <see cref="SaveForm"/> can tell a concurrent
/// change or an altered form), blank rows to add (their key proposed: the next cycle, lesion, read),
/// and the messages of a refused save. Every name it posts starts with its form's prefix
/// (<c>prrt_cycles/</c>): a page holds several tables in one form. The database work is the use
/// cases' (<see cref="OpenForm"/>, <see cref="SaveForm"/>); this is presentation only.
/// </summary>
public sealed class TableForm
{
    public const string NewRow = FormRows.NewRow;

    /// <summary>The one answer to an identifier that exists already, in any centre, locked or not.</summary>
    public const string UnavailableIdentifier = SaveForm.UnavailableIdentifier;

    /// <summary>Blank rows shown for adding: enough for four cycles, three reads or four lesions at once; at least one.</summary>
    private const int BlankRowsTarget = 4;

    private TableForm(OpenedForm opened)
    {
        Name = opened.TableName;
        Prefix = FormRows.Prefix(opened.Form);
        CanAdd = opened.Form.CanAdd;
        CanWrite = opened.CanWrite;
        Columns = opened.Columns;
        KeyColumns = opened.KeyColumns;
        foreach (var row in opened.Rows)
        {
            Rows.Add(row.Key);
            Versions[row.Key] = row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            RowIds[row.Key] = FieldIds.Row(row.Record);
            foreach (var (cell, text) in row.Cells)
            {
                Values[cell] = text;
                Originals[cell] = text;
            }
        }
        // A form that cannot be changed (a locked record, a role that only reads) shows no empty row to add.
        if (!CanAdd || !CanWrite)
            return;
        var blank = opened.Form.CreatesPatient ? 1 : Math.Max(1, BlankRowsTarget - opened.Rows.Count);
        for (var n = 1; n <= blank; n++)
        {
            var key = FormRows.NewRowKey(n);
            Rows.Add(key);
            if (opened.ProposedColumn is { } column && n <= opened.Proposed.Count)
                Values[Cell(key, column)] = opened.Proposed[n - 1];
        }
    }

    /// <summary>The form as the use case opened it.</summary>
    public static TableForm Of(OpenedForm opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return new TableForm(opened);
    }

    /// <summary>The table's name in the cohort format.</summary>
    public string Name { get; }

    /// <summary>What every name this form posts starts with: its form's name and a slash.</summary>
    public string Prefix { get; }

    public bool CanAdd { get; }

    /// <summary>Whether the account may change the form (the use case decided it).</summary>
    public bool CanWrite { get; }

    public IReadOnlyList<FieldSpec> Columns { get; }

    /// <summary>The rows shown: their insertion sequences as text, then the new rows (<c>new</c>, <c>new-2</c>…) when rows may be added.</summary>
    public List<string> Rows { get; } = [];

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Originals { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Versions { get; } = new(StringComparer.Ordinal);

    /// <summary>Each stored row's part in its fields' ids (<see cref="FieldIds.Row"/> of the record's key).</summary>
    public Dictionary<string, string> RowIds { get; } = new(StringComparer.Ordinal);

    public IReadOnlySet<string> KeyColumns { get; }

    /// <summary>The query markers and raise links beside the fields (<see cref="OpenFieldMarks"/>), or null for none.</summary>
    public FieldMarks? Marks { get; set; }

    /// <summary>Field messages by <see cref="Cell"/> key, and <c>reason</c>.</summary>
    public Dictionary<string, string> Issues { get; } = new(StringComparer.Ordinal);

    /// <summary>The key of a value: row and column, e.g. <c>12:diameter_mm</c>.</summary>
    public static string Cell(string row, string column) => FormRows.Cell(row, column);

    /// <summary>A name as this form posts it: <c>prrt_cycles/12:date</c>, <c>prrt_cycles/version:12</c>.</summary>
    public string Posted(string name) => Prefix + name;

    /// <summary>Whether a row is one to add.</summary>
    public static bool IsNew(string row) => FormRows.IsNew(row);

    /// <summary>The id of a field's input (<see cref="FieldIds"/>): <c>f-prrt_cycles-P1_2F2-activity_gbq</c>, <c>f-prrt_cycles-new-2-cycle</c>.</summary>
    public string FieldId(string row, string column) => FieldIds.Field(Name, RowIds.GetValueOrDefault(row) ?? row, column);

    /// <summary>Whether a column of an existing row can change (a key cannot: delete the row and add it again).</summary>
    public bool IsEditable(string row, FieldSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return IsNew(row) || !KeyColumns.Contains(column.Name);
    }

    /// <summary>
    /// Shows a refused save of the page: the values as typed in this table (a stored row's key as
    /// stored; the new rows posted, added ones included) and each of its fields' messages.
    /// </summary>
    public void Refused(Refusal refusal, IReadOnlyDictionary<string, string> posted)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(posted);
        if (CanAdd)
        {
            var added = posted.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Select(k => k[Prefix.Length..].Split(':'))
                .Where(p => p.Length == 2 && IsNew(p[0])).Select(p => p[0]).Distinct().Where(k => !Rows.Contains(k))
                .OrderBy(k => FormRows.NewRowNumber(k) ?? 1).ToList();
            Rows.AddRange(added);
        }
        foreach (var row in Rows)
        {
            foreach (var column in Columns)
            {
                if (IsEditable(row, column))
                    Values[Cell(row, column.Name)] = posted.GetValueOrDefault(Posted(Cell(row, column.Name))) ?? "";
            }
        }
        foreach (var field in refusal.Fields)
        {
            if (field.Field.StartsWith(Prefix, StringComparison.Ordinal))
                Issues[field.Field[Prefix.Length..]] = ColumnLabels.InWords(field.Message, Columns.Select(c => c.Name));
        }
    }
}
