using System.Globalization;
using Lutetia.Intake;
using Lutetia.Reporting.Exports;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>
/// The SPSS export read back twice: its syntax parsed against the CSV headers and the format's
/// codes, and the whole export run by GNU PSPP (Debian's pspp), which writes every dataset back
/// with its value labels.
/// </summary>
public sealed class SpssExportTests
{
    private static readonly IReadOnlyList<ExportFile> Files = SpssExport.Files(ExportSamples.Dataset);

    private static string Content(string name) => Files.Single(f => f.Name == name).ReadText();

    [Fact]
    public void The_syntax_reads_every_table_with_the_variables_of_its_csv_header_and_formats_of_its_types()
    {
        var datasets = SpssSyntaxReader.Read(Content(SpssExport.SyntaxName));

        Assert.Equal(ExportSamples.Dataset.Tables.Select(t => t.Name), datasets.Select(d => d.Name));
        foreach (var table in ExportSamples.Dataset.Tables)
        {
            var dataset = datasets.Single(d => d.Name == table.Name);
            Assert.Equal($"\"{table.Name}.csv\"", dataset.File);
            var header = Content(table.Name + ".csv").Split('\n')[0].Split(',');
            Assert.Equal(header, dataset.Variables.Select(v => v.Name));
            foreach (var (name, format) in dataset.Variables)
            {
                var kind = table.Columns[table.IndexOf(name)].Kind;
                var expected = kind switch
                {
                    FieldKind.Identifier or FieldKind.Text => "A",
                    FieldKind.Date => "SDATE10",
                    _ => "F",
                };
                Assert.True(format.StartsWith(expected, StringComparison.Ordinal), $"{table.Name}.{name} ({kind}) has format {format}");
                Assert.Equal(table.Columns[table.IndexOf(name)].Label, dataset.Labels[name]);
            }
        }
    }

    [Fact]
    public void Every_enumeration_has_value_labels_1_to_k_in_the_formats_order_and_yes_no_is_1_0()
    {
        var datasets = SpssSyntaxReader.Read(Content(SpssExport.SyntaxName));

        foreach (var table in ExportSamples.Dataset.Tables)
        {
            var dataset = datasets.Single(d => d.Name == table.Name);
            foreach (var column in table.Columns)
            {
                if (column.Kind == FieldKind.Enumeration)
                    Assert.Equal(column.CodeLabels.Select((label, i) => (i + 1, label)), dataset.ValueLabels[column.Name]);
                else if (column.Kind == FieldKind.Boolean)
                    Assert.Equal([(1, "Yes"), (0, "No")], dataset.ValueLabels[column.Name]);
                else
                    Assert.False(dataset.ValueLabels.ContainsKey(column.Name), $"{table.Name}.{column.Name} has value labels");
            }
        }
        var patients = datasets.Single(d => d.Name == "patients");
        Assert.Equal([9], patients.Missing["primary_site"]);
        Assert.Equal([5], datasets.Single(d => d.Name == "endpoints").Missing["mm_response"]);
        Assert.False(patients.Missing.ContainsKey("sex"));
    }

    [Fact]
    public void The_spss_csv_stores_codes_as_their_number_and_yes_no_as_1_0()
    {
        var patients = CsvCells.Parse(Content("patients.csv"));
        var source = ExportSamples.Dataset.Table("patients");
        int sex = source.IndexOf("sex"), prior = source.IndexOf("prior_prrt"), site = source.IndexOf("primary_site");

        for (var r = 0; r < source.Rows.Count; r++)
        {
            Assert.Equal(source.Rows[r][sex] == "female" ? "1" : "2", patients[r + 1][sex]);
            Assert.Equal(source.Rows[r][prior] == "yes" ? "1" : "0", patients[r + 1][prior]);
            Assert.Equal(source.Columns[site].CodeNumber(source.Rows[r][site]!).ToString(CultureInfo.InvariantCulture), patients[r + 1][site]);
        }
    }

    [Fact]
    public void Pspp_runs_the_syntax_and_gives_back_every_value_with_its_label()
    {
        var pspp = ExternalProgram.Require("pspp", "pspp", "LUTETIA_SKIP_PSPP");
        if (pspp is null)
            return;
        using var folder = new ExportFolder();
        Exporter.Write(Files, folder.Path);
        var check = Content(SpssExport.SyntaxName) + string.Concat(ExportSamples.Dataset.Tables.Select(t =>
            $"DATASET ACTIVATE {t.Name}.\nSAVE TRANSLATE /OUTFILE=\"back-{t.Name}.csv\" /TYPE=CSV /REPLACE /FIELDNAMES /CELLS=LABELS /TEXTOPTIONS FORMAT=VARIABLE.\nDISPLAY DICTIONARY.\n"));
        File.WriteAllText(folder.File("check.sps"), check);

        var (exit, output, error) = ExternalProgram.Run(pspp, folder.Path, "-O", "format=csv", "-o", "dictionary.csv", "check.sps");

        Assert.True(exit == 0, $"pspp failed ({exit}): {output}{error}");
        var dictionary = CsvCells.Parse(File.ReadAllText(folder.File("dictionary.csv")));
        foreach (var table in ExportSamples.Dataset.Tables)
        {
            foreach (var column in table.Columns)
                Assert.Contains(dictionary, row => row.Length > 2 && row[0] == column.Name && row[2] == column.Label);
            var back = CsvCells.Parse(File.ReadAllText(folder.File($"back-{table.Name}.csv")));
            Assert.Equal(table.Columns.Select(c => c.Name), back[0]);
            Assert.Equal(table.Rows.Count, back.Count - 1);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                    CheckValue(table.Columns[c], table.Rows[r][c], back[r + 1][c], $"{table.Name} row {r + 1}, {table.Columns[c].Name}");
            }
        }
    }

    private static void CheckValue(ExportColumn column, string? cell, string inPspp, string where)
    {
        var value = inPspp.Trim();
        if (cell is null)
        {
            Assert.True(value.Length == 0, $"{where}: empty in the CSV but \"{inPspp}\" in PSPP");
            return;
        }
        if (column.Kind == FieldKind.Decimal)
        {
            var a = double.Parse(cell, CultureInfo.InvariantCulture);
            var b = double.Parse(value, CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)), $"{where}: {cell} in the CSV, {value} in PSPP");
            return;
        }
        var expected = column.Kind switch
        {
            FieldKind.Boolean => cell == "yes" ? "Yes" : "No",
            FieldKind.Enumeration => column.CodeLabels[column.CodeNumber(cell) - 1],
            FieldKind.Date => cell.Replace('-', '/'),
            _ => cell,
        };
        Assert.True(expected == value, $"{where}: {expected} expected, \"{inPspp}\" in PSPP");
    }
}
