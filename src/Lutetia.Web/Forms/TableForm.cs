using Lutetia.Intake;
using Lutetia.Workflow.Queries;

namespace Lutetia.Web.Forms;

/// <summary>
/// What one table's form of one patient shows: the cells as text, the values and version each row
/// was opened with (posted back in hidden fields so that <see cref="SaveForm"/> can tell a concurrent
/// change or an altered form), and the messages of a refused save. The database work is the use
/// cases' (<see cref="OpenForm"/>, <see cref="SaveForm"/>); this is presentation only.
/// </summary>
public sealed class TableForm
{
    public const string NewRow = FormRows.NewRow;

    /// <summary>The one answer to an identifier that exists already, in any centre, locked or not.</summary>
    public const string UnavailableIdentifier = SaveForm.UnavailableIdentifier;

    private TableForm(OpenedForm opened)
    {
        Name = opened.TableName;
        CanAdd = opened.Form.CanAdd;
        CanWrite = opened.CanWrite;
        Columns = opened.Columns;
        KeyColumns = opened.KeyColumns;
        foreach (var row in opened.Rows)
        {
            Rows.Add(row.Key);
            Versions[row.Key] = row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (cell, text) in row.Cells)
            {
                Values[cell] = text;
                Originals[cell] = text;
            }
        }
        // A form that cannot be changed (a locked record, a role that only reads) shows no empty row to add.
        if (CanAdd && CanWrite)
            Rows.Add(NewRow);
    }

    /// <summary>The form as the use case opened it.</summary>
    public static TableForm Of(OpenedForm opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return new TableForm(opened);
    }

    public string Name { get; }
    public bool CanAdd { get; }

    /// <summary>Whether the account may change the form (the use case decided it).</summary>
    public bool CanWrite { get; }

    public IReadOnlyList<FieldSpec> Columns { get; }

    /// <summary>The rows shown: their insertion sequences as text, then <see cref="NewRow"/> when a row may be added.</summary>
    public List<string> Rows { get; } = [];

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Originals { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Versions { get; } = new(StringComparer.Ordinal);
    public IReadOnlySet<string> KeyColumns { get; }

    /// <summary>The query markers and raise links beside the fields (<see cref="OpenFieldMarks"/>), or null for none.</summary>
    public FieldMarks? Marks { get; set; }

    /// <summary>Field messages by <see cref="Cell"/> key, and <c>reason</c>.</summary>
    public Dictionary<string, string> Issues { get; } = new(StringComparer.Ordinal);

    /// <summary>A message for the whole form (a conflict, a refused save), or null.</summary>
    public string? Problem { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The key of a value: row and column, e.g. <c>12:diameter_mm</c>.</summary>
    public static string Cell(string row, string column) => FormRows.Cell(row, column);

    /// <summary>Whether a column of an existing row can change (a key cannot: delete the row and add it again).</summary>
    public bool IsEditable(string row, FieldSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return row == NewRow || !KeyColumns.Contains(column.Name);
    }

    /// <summary>
    /// Shows a refused save: the values as typed (a stored row's key as stored), the reason, each
    /// field's message, and the refusal's own message — unless only the reason was refused, which
    /// is said beside the reason.
    /// </summary>
    public void Refused(Refusal refusal, IReadOnlyDictionary<string, string> posted)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(posted);
        Reason = (posted.GetValueOrDefault("reason") ?? "").Trim();
        foreach (var row in Rows)
        {
            foreach (var column in Columns)
            {
                if (IsEditable(row, column))
                    Values[Cell(row, column.Name)] = posted.GetValueOrDefault(Cell(row, column.Name)) ?? "";
            }
        }
        foreach (var field in refusal.Fields)
            Issues[field.Field] = field.Message;
        // The save's own wording (a conflict names its table first); a refusal of the account or the patient as a sentence.
        var message = refusal.Kind is RefusalKind.Forbidden or RefusalKind.NotFound ? refusal.Sentence : refusal.Message;
        Problem = refusal.Fields.Count > 0 && refusal.Fields.All(f => f.Field == "reason") ? null : message;
    }
}
