using System.Globalization;
using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Web.Forms;

/// <summary>
/// The state of one table's form for one patient: the cells as text, the values and version each
/// row was opened with (so a concurrent change is detected field by field), and the messages. The
/// page renders it; <see cref="Submit"/> checks every cell with the format's rules, then saves the
/// whole form at once with its reason through the audited storage layer. What the form says it was
/// opened with (hidden <c>was:</c> and <c>version:</c> fields) only detects a conflict: the old
/// values the trail records, and what counts as a change, are the stored ones (docs/web.md).
/// </summary>
public sealed class TableForm
{
    public const string NewRow = "new";

    private readonly CrfTable _table;
    private readonly string _patientId;

    public TableForm(CrfTable table, string patientId, IReadOnlyList<string>? only = null, bool canAdd = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _patientId = patientId;
        CanAdd = canAdd;
        Columns = table.Spec.Columns.Where(c => only is null ? c.Name != "patient_id" || table.Name == "patients" : only.Contains(c.Name)).ToList();
    }

    public string Name => _table.Name;
    public bool CanAdd { get; }
    public IReadOnlyList<FieldSpec> Columns { get; }

    /// <summary>The rows shown: their insertion sequences as text, then <see cref="NewRow"/> when a row may be added.</summary>
    public List<string> Rows { get; } = [];

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Originals { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Versions { get; } = new(StringComparer.Ordinal);
    public HashSet<string> KeyColumns { get; } = new(StringComparer.Ordinal);

    /// <summary>Field messages by <see cref="Cell"/> key, and <c>reason</c>.</summary>
    public Dictionary<string, string> Issues { get; } = new(StringComparer.Ordinal);

    /// <summary>A message for the whole form (a conflict, a refused save), or null.</summary>
    public string? Problem { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The key of a value: row and column, e.g. <c>12:diameter_mm</c>.</summary>
    public static string Cell(string row, string column) => $"{row}:{column}";

    /// <summary>Whether a column of an existing row can change (a key cannot: delete the row and add it again).</summary>
    public bool IsEditable(string row, FieldSpec column) => row == NewRow || !KeyColumns.Contains(column.Name);

    public void Load(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = _table.RowsOf(db, _patientId).AsNoTracking().ToList();
        var properties = Properties(db);
        Rows.Clear();
        foreach (var row in rows)
        {
            var key = row.Sequence.ToString(CultureInfo.InvariantCulture);
            Rows.Add(key);
            Versions[key] = row.Version.ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < Columns.Count; i++)
            {
                var text = RowCells.Text(properties[i], row);
                Values[Cell(key, Columns[i].Name)] = text;
                Originals[Cell(key, Columns[i].Name)] = text;
            }
        }
        if (CanAdd)
            Rows.Add(NewRow);
    }

    /// <summary>
    /// Checks and saves what the form posted (<paramref name="posted"/>: field name → value).
    /// Returns true when saved; otherwise <see cref="Issues"/> or <see cref="Problem"/> say why and
    /// the values stay as typed.
    /// </summary>
    public bool Submit(LutetiaDbContext db, Func<string, string?> posted, Func<CohortRow, string?>? refuse = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(posted);
        Load(db);
        var properties = Properties(db);
        var stored = _table.RowsOf(db, _patientId).ToList().ToDictionary(r => r.Sequence.ToString(CultureInfo.InvariantCulture));
        Reason = (posted("reason") ?? "").Trim();
        var changes = new List<(string Key, CohortRow Row, object?[] New, List<int> Changed, bool Delete)>();
        CohortRow? added = null;
        foreach (var key in Rows)
        {
            // Rows are deleted where they are added: a single-row form (the patient's) deletes nothing.
            var deleting = CanAdd && key != NewRow && posted($"delete:{key}") is "on" or "yes" or "true";
            var values = new object?[Columns.Count];
            var any = false;
            for (var i = 0; i < Columns.Count; i++)
            {
                var cell = Cell(key, Columns[i].Name);
                var text = IsEditable(key, Columns[i]) ? posted(cell) ?? "" : Values.GetValueOrDefault(cell, "");
                Values[cell] = text;
                any |= text.Trim().Length > 0;
                if (deleting)
                    continue;
                var issue = RowCells.TryParse(properties[i], Columns[i], text, out values[i]);
                if (issue is null && values[i] is null && !properties[i].IsNullable)
                    issue = FieldRules.RequiredIssue(Columns[i].Name);
                if (issue is { } found)
                    Issues[cell] = RowCells.Message(found);
            }
            if (key == NewRow)
            {
                if (!any)
                {
                    ClearIssues(key);
                    continue;
                }
                added = _table.NewRow(_patientId);
                changes.Add((key, added, values, [], false));
                continue;
            }
            if (!stored.TryGetValue(key, out var row))
            {
                Problem = "A row of this form was deleted by someone else while you were editing it. Nothing was saved: reload the page.";
                return false;
            }
            var changed = Changed(properties, row, values);
            if (deleting || changed.Count > 0)
                changes.Add((key, row, values, changed, deleting));
        }
        if (Issues.Count > 0)
        {
            Problem = "Nothing was saved: correct the fields marked below.";
            return false;
        }
        var stale = changes.Where(c => c.Row != added).Select(c => Stale(db, posted, properties, c.Key, c.Row, c.Delete ? null : c.Changed))
            .OfType<string>().ToList();
        if (stale.Count > 0)
        {
            Problem = string.Join(" ", stale);
            return false;
        }
        foreach (var (_, row, values, changed, delete) in changes)
        {
            if (row == added)
            {
                for (var i = 0; i < Columns.Count; i++)
                    properties[i].PropertyInfo!.SetValue(row, values[i]);
                if (refuse?.Invoke(row) is { } refusal)
                {
                    Problem = refusal;
                    return false;
                }
                if (stored.Values.Any(r => SameKey(db, r, row)))
                {
                    Problem = "A row with the same key exists already (the same lesion, read, cycle or site): change that row instead. Nothing was saved.";
                    return false;
                }
                db.Add(row);
            }
            else if (delete)
            {
                db.Remove(row);
            }
            else
            {
                // Only the new values: the old ones are the stored ones, which the storage layer reads again when it saves.
                var entry = db.Entry(row);
                foreach (var i in changed)
                    entry.Property(properties[i].Name).CurrentValue = values[i];
            }
        }
        return Save(db);
    }

    /// <summary>The editable columns whose posted value is not the stored one (as the trail writes values: 2.5 and 2.50 differ).</summary>
    private List<int> Changed(IProperty[] properties, CohortRow row, object?[] values)
    {
        var changed = new List<int>();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (!KeyColumns.Contains(Columns[i].Name)
                && !string.Equals(AuditValues.Format(properties[i], values[i]), RowCells.Text(properties[i], row) is { Length: > 0 } t ? t : null, StringComparison.Ordinal))
                changed.Add(i);
        }
        return changed;
    }

    /// <summary>
    /// Whether a row this post changes (or deletes, <paramref name="changed"/> null) is still what the
    /// form was opened with: its version, and the value each changed field was opened with, against
    /// what is stored now. The posted <c>version:</c> and <c>was:</c> fields only detect a conflict;
    /// they never become an original value (the server's, read again when saving, are the audit's).
    /// Returns the conflict to show, or null.
    /// </summary>
    private string? Stale(LutetiaDbContext db, Func<string, string?> posted, IProperty[] properties, string key, CohortRow row, List<int>? changed)
    {
        var fields = new List<(string Column, string? OpenedWith, string? Stored, string? Posted)>();
        for (var i = 0; i < Columns.Count; i++)
        {
            var cell = Cell(key, Columns[i].Name);
            var storedText = RowCells.Text(properties[i], row);
            if (KeyColumns.Contains(Columns[i].Name) || (changed is not null && !changed.Contains(i))
                || posted("was:" + cell) is not { } was || string.Equals(was, storedText, StringComparison.Ordinal))
                continue;
            fields.Add((Columns[i].Name, Nullable(was), Nullable(storedText), Nullable(Values.GetValueOrDefault(cell, ""))));
        }
        var opened = int.TryParse(posted($"version:{key}"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        if (opened == row.Version)
        {
            // Not saved since the form was opened, yet the form says another value: its hidden fields were altered.
            return fields.Count == 0 ? null
                : $"{_table.Name} {row.AuditKey}: the form says " + string.Join(", ", fields.Select(f => $"{f.Column} was \"{f.OpenedWith}\"")) +
                  " when it was opened, but the row holds " + string.Join(", ", fields.Select(f => $"\"{f.Stored ?? ""}\"")) +
                  " and was not saved since: the form was altered. Nothing was saved: reload the page and enter your change again.";
        }
        return ConcurrencyConflicts.ForStaleForm(db, row, fields).Message;
    }

    private static string? Nullable(string text) => text.Length == 0 ? null : text;

    private bool Save(LutetiaDbContext db)
    {
        db.Reason = Reason.Length == 0 ? null : Reason;
        try
        {
            db.SaveChanges();
            return true;
        }
        catch (AuditReasonRequiredException)
        {
            Issues["reason"] = "A change to data saved before needs a reason (for example: \"corrected from the source document\"). Nothing was saved.";
        }
        catch (ConcurrencyConflictException e)
        {
            Problem = e.Message;
        }
        catch (StoredValueRefusedException e) when (e.Table.Length == 0)
        {
            Issues["reason"] = e.Message + ".";
        }
        catch (StoredValueRefusedException e)
        {
            Problem = e.Message + ".";
        }
        catch (Lutetia.Storage.Workflow.RecordLockedException e)
        {
            Problem = e.Message;
        }
        catch (DbUpdateException)
        {
            Problem = "The database refused this change: a row with the same key exists already, it names something that does not exist " +
                      "(a lesion, a read, a centre), or other rows still refer to the row you deleted. Nothing was saved.";
        }
        return false;
    }

    private static bool SameKey(LutetiaDbContext db, CohortRow stored, CohortRow added)
    {
        var key = db.Model.FindEntityType(stored.GetType())!.FindPrimaryKey()!;
        return key.Properties.All(p => p.Name != nameof(CohortRow.Sequence)
            && Equals(p.PropertyInfo!.GetValue(stored), p.PropertyInfo.GetValue(added)));
    }

    private void ClearIssues(string row)
    {
        foreach (var column in Columns)
            Issues.Remove(Cell(row, column.Name));
    }

    private IProperty[] Properties(LutetiaDbContext db)
    {
        var entity = db.Model.FindEntityType(_table.NewRow(_patientId).GetType())!;
        KeyColumns.Clear();
        foreach (var key in entity.FindPrimaryKey()!.Properties)
            KeyColumns.Add(key.GetColumnName());
        if (_table.Name == "patients")
            KeyColumns.Add("center_id");
        var properties = new IProperty[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
            properties[i] = RowCells.Property(entity, Columns[i]);
        return properties;
    }
}
