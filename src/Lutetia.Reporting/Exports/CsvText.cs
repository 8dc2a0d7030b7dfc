using Lutetia.Domain;
using Lutetia.Intake;
namespace Lutetia.Reporting.Exports;

/// <summary>
/// A table as CSV, written as the cohort format writes it: comma separator, LF line ends, RFC 4180
/// quotes only where needed, empty = missing; a text cell a spreadsheet would run as a formula after
/// an apostrophe (docs/security.md).
/// </summary>
internal static class CsvText
{
    public static ExportFile File(ExportTable table) => ExportFile.Text(table.Name + ".csv", writer => Write(writer, table));

    private static void Write(TextWriter writer, ExportTable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (c > 0)
                writer.Write(',');
            writer.Write(CsvCell.Escape(table.Columns[c].Name));
        }
        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0)
                    writer.Write(',');
                writer.Write(table.Columns[c].Kind == FieldKind.Text ? CsvCell.EscapeForPeople(row[c]) : CsvCell.Escape(row[c]));
            }
            writer.Write('\n');
        }
    }
}
