using System.Globalization;
using Lutetia.Storage;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// Whether a row a post changes (or deletes) is still what the form was opened with: its version,
/// and the value each changed field was opened with, against what is stored now. The posted
/// <c>version:</c> and <c>was:</c> fields only detect a conflict; they never become an original
/// value (the server's, read again when saving, are the audit's).
/// </summary>
internal static class StaleForm
{
    /// <summary>The conflict to show, or null.</summary>
    public static string? Check(LutetiaDbContext db, FormShape shape, IReadOnlyDictionary<string, string> posted, FormChange change)
    {
        var row = change.Row;
        var fields = new List<(string Column, string? OpenedWith, string? Stored, string? Posted)>();
        for (var i = 0; i < shape.Columns.Count; i++)
        {
            var column = shape.Columns[i];
            var cell = FormRows.Cell(change.Key, column.Name);
            var storedText = RowCells.Text(shape.Properties[i], row);
            if (shape.KeyColumns.Contains(column.Name) || (!change.Deletes && !change.Changed.Contains(i))
                || posted.GetValueOrDefault("was:" + cell) is not { } was || string.Equals(was, storedText, StringComparison.Ordinal))
                continue;
            fields.Add((column.Name, Nullable(was), Nullable(storedText), Nullable(posted.GetValueOrDefault(cell) ?? "")));
        }
        var opened = int.TryParse(posted.GetValueOrDefault($"version:{change.Key}"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        if (opened == row.Version)
        {
            // Not saved since the form was opened, yet the form says another value: its hidden fields were altered.
            return fields.Count == 0 ? null
                : $"{shape.Table.Name} {row.AuditKey}: the form says " + string.Join(", ", fields.Select(f => $"{f.Column} was \"{f.OpenedWith}\"")) +
                  " when it was opened, but the row holds " + string.Join(", ", fields.Select(f => $"\"{f.Stored ?? ""}\"")) +
                  " and was not saved since: the form was altered. Nothing was saved: reload the page and enter your change again.";
        }
        return ConcurrencyConflicts.ForStaleForm(db, row, fields).Message;
    }

    private static string? Nullable(string text) => text.Length == 0 ? null : text;
}
