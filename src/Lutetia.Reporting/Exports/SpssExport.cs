using System.Globalization;
using System.Text;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// The export for SPSS (and GNU PSPP): one CSV per table and <c>load.sps</c>, which reads each into
/// a dataset of the table's name with GET DATA /TYPE=TXT and explicit formats (A for identifiers
/// and text, SDATE10 for ISO dates, F for numbers), then sets VARIABLE LABELS, VALUE LABELS and
/// VARIABLE LEVEL. As is usual in SPSS, an enumeration is stored as its position 1..k among the
/// format's codes, yes/no as 1/0, each with value labels; an empty cell is system-missing, and the
/// codes <c>unknown</c> and <c>ne</c> (not evaluable) are declared user-missing.
/// </summary>
public static class SpssExport
{
    public const string SyntaxName = "load.sps";

    /// <summary>The codes declared user-missing: a category that says the value is not known.</summary>
    public static IReadOnlyList<string> MissingCodes { get; } = ["unknown", "ne"];

    public static IReadOnlyList<ExportFile> Files(ExportDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var files = new List<ExportFile>(dataset.Tables.Count + 1);
        var syntax = new StringBuilder();
        syntax.Append("""
            * Lutetia export for SPSS and GNU PSPP: each table of this folder becomes a
            * dataset of its name. The CSV files are read from the working directory: open
            * this file from the export folder, or first run CD "the export folder".
            * (In PSPP: pspp load.sps, from that folder.) Enumerations are numeric codes
            * 1..k with value labels; yes/no is 1/0; an empty cell is system-missing.

            """);
        foreach (var table in dataset.Tables)
        {
            var coded = Coded(table);
            files.Add(CsvText.File(coded));
            SpssSyntax.AppendTable(syntax, coded);
        }
        files.Add(new ExportFile(SyntaxName, syntax.ToString()));
        return files;
    }

    /// <summary>The table with each cell as SPSS reads it: codes as numbers, yes/no as 1/0, numbers without exponent.</summary>
    internal static ExportTable Coded(ExportTable table)
    {
        var rows = new string?[table.Rows.Count][];
        for (var r = 0; r < rows.Length; r++)
        {
            var source = table.Rows[r];
            var row = new string?[source.Length];
            for (var c = 0; c < row.Length; c++)
                row[c] = Cell(table.Columns[c], source[c]);
            rows[r] = row;
        }
        return table with { Rows = rows };
    }

    private static string? Cell(ExportColumn column, string? cell)
    {
        if (string.IsNullOrEmpty(cell))
            return null;
        return column.Kind switch
        {
            FieldKind.Enumeration => column.CodeNumber(cell).ToString(CultureInfo.InvariantCulture),
            FieldKind.Boolean => cell switch
            {
                "yes" => "1",
                "no" => "0",
                _ => throw new ArgumentException($"{column.Name}: \"{cell}\" is not yes or no", nameof(cell)),
            },
            FieldKind.Decimal => ColumnShape.Plain(cell),
            _ => cell,
        };
    }
}
