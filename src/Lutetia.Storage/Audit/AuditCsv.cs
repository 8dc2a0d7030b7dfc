using System.Text;
using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>
/// The audit trail as CSV, for export: every column of <see cref="AuditEntry"/>, hashes
/// included, so an exported trail can be checked against the chain. UTF-8 without BOM, LF line
/// ends, RFC 4180 quoting; written to a temporary file renamed when complete. A text a spreadsheet
/// would run as a formula is written after an apostrophe (<see cref="CsvCell.EscapeForPeople"/>).
/// </summary>
public static class AuditCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "at_utc", "user", "action", "entity", "entity_key", "patient_id", "field", "old_value", "new_value", "reason", "previous_hash", "hash"];

    /// <summary>Writes the entries to <paramref name="path"/>; returns how many.</summary>
    public static int Write(IEnumerable<AuditEntry> entries, string path)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        var count = 0;
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                WriteRow(writer, Header);
                foreach (var e in entries)
                {
                    WriteRow(writer,
                    [
                        e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditHash.FormatTime(e.AtUtc), e.User,
                        AuditValues.Code(e.Action), e.Entity, e.EntityKey, e.PatientId, e.Field, e.OldValue, e.NewValue, e.Reason,
                        e.PreviousHash.Trim(), e.Hash.Trim(),
                    ]);
                    count++;
                }
            }
            File.Move(temporary, full, overwrite: true);
            return count;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                writer.Write(',');
            writer.Write(CsvCell.EscapeForPeople(cells[i]));
        }
        writer.Write('\n');
    }
}
