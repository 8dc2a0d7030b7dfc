using System.Text;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// Writes a cohort as a folder of CSV files in the canonical form of the format: every table
/// (header-only when empty), columns in specification order, UTF-8 without BOM, LF line ends,
/// quotes only where RFC 4180 needs them. Export → import → export is byte-identical.
/// Each file is written to a temporary name and renamed when complete.
/// </summary>
public static class CsvCohortWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Cohort cohort, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (table, rows, _) in CohortRows.Of(cohort))
            {
                var final = Path.Combine(folder, table.FileName);
                var temporary = final + ".tmp";
                written.Add((temporary, final));
                using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16);
                WriteRow(writer, table.Columns.Select(c => c.Name), null);
                foreach (var row in rows)
                    WriteRow(writer, row, table.Columns);
            }
            foreach (var (temporary, final) in written)
                File.Move(temporary, final, overwrite: true);
        }
        catch
        {
            foreach (var (temporary, _) in written)
                File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// One line. A text column's cell that a spreadsheet would run as a formula (only a value stored
    /// before the text rule refused them) is written after an apostrophe (docs/security.md); every
    /// other cell, identifiers and numbers included, exactly as stored.
    /// </summary>
    private static void WriteRow(StreamWriter writer, IEnumerable<string?> cells, IReadOnlyList<FieldSpec>? columns)
    {
        var index = 0;
        foreach (var cell in cells)
        {
            if (index > 0)
                writer.Write(',');
            writer.Write(columns?[index].Kind == FieldKind.Text ? CsvCell.EscapeForPeople(cell) : CsvCell.Escape(cell));
            index++;
        }
        writer.Write('\n');
    }
}
