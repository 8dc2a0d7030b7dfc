using System.Globalization;
using Lutetia.Intake;
using Lutetia.Reporting.Exports;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>
/// The R export read back by R itself: load.R run with Rscript (Debian's r-base-core), every
/// column's class, levels, label and every value checked against the cohort.
/// </summary>
public sealed class RExportTests
{
    private const string Dump = """
        source(file.path(Sys.getenv("LUTETIA_EXPORT"), "load.R"))
        for (t in strsplit(Sys.getenv("LUTETIA_TABLES"), ",")[[1]]) {
          d <- get(t)
          cat("#table", t, nrow(d), sep = "\t"); cat("\n")
          for (n in names(d)) {
            v <- d[[n]]
            lv <- if (is.factor(v)) paste(levels(v), collapse = "|") else ""
            lab <- attr(v, "label")
            vals <- paste(ifelse(is.na(v), "NA", as.character(v)), collapse = "\x1f")
            cat(t, n, class(v)[1], lv, if (is.null(lab)) "" else lab, vals, sep = "\t"); cat("\n")
          }
        }
        """;

    [Fact]
    public void Rscript_reads_every_table_with_its_types_levels_labels_and_values()
    {
        var rscript = ExternalProgram.Require("Rscript", "r-base-core", "LUTETIA_SKIP_R");
        if (rscript is null)
            return;
        using var folder = new ExportFolder();
        // The export in its own folder, the script that sources it elsewhere: load.R must find its CSV files.
        Exporter.Write(RExport.Files(ExportSamples.Dataset), folder.File("export"));
        Directory.CreateDirectory(folder.File("analysis"));
        File.WriteAllText(folder.File("analysis/dump.R"), Dump);
        Environment.SetEnvironmentVariable("LUTETIA_TABLES", string.Join(',', ExportSamples.Dataset.Tables.Select(t => t.Name)));
        Environment.SetEnvironmentVariable("LUTETIA_EXPORT", folder.File("export"));

        var (exit, output, error) = ExternalProgram.Run(rscript, folder.Path, folder.File("analysis/dump.R"));

        Assert.True(exit == 0, $"Rscript failed ({exit}): {error}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var table in ExportSamples.Dataset.Tables)
            CheckTable(table, lines);
    }

    private static void CheckTable(ExportTable table, string[] lines)
    {
        Assert.Contains($"#table\t{table.Name}\t{table.Rows.Count.ToString(CultureInfo.InvariantCulture)}", lines);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var line = lines.Single(l => l.StartsWith($"{table.Name}\t{column.Name}\t", StringComparison.Ordinal)).Split('\t');
            var where = $"{table.Name}.{column.Name}";
            Assert.True(RClass(column.Kind) == line[2], $"{where}: R class {line[2]}, expected {RClass(column.Kind)}");
            Assert.Equal(string.Join('|', column.CodeLabels), line[3]);
            Assert.Equal(column.Label, line[4]);
            var values = table.Rows.Count == 0 ? [] : line[5].Split('\u001f');
            Assert.Equal(table.Rows.Count, values.Length);
            for (var r = 0; r < values.Length; r++)
                CheckValue(column, table.Rows[r][c], values[r], $"{where} row {r + 1}");
        }
    }

    private static void CheckValue(ExportColumn column, string? cell, string inR, string where)
    {
        if (cell is null)
        {
            Assert.True(inR == "NA", $"{where}: empty in the CSV but {inR} in R");
            return;
        }
        var expected = column.Kind switch
        {
            FieldKind.Boolean => cell == "yes" ? "TRUE" : "FALSE",
            FieldKind.Enumeration => column.CodeLabels[column.CodeNumber(cell) - 1],
            _ => cell,
        };
        if (column.Kind == FieldKind.Decimal)
        {
            var a = double.Parse(cell, CultureInfo.InvariantCulture);
            var b = double.Parse(inR, CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a)), $"{where}: {cell} in the CSV, {inR} in R");
        }
        else
        {
            Assert.True(expected == inR, $"{where}: {expected} expected, {inR} in R");
        }
    }

    private static string RClass(FieldKind kind) => kind switch
    {
        FieldKind.Date => "Date",
        FieldKind.Boolean => "logical",
        FieldKind.Enumeration => "factor",
        FieldKind.Integer => "integer",
        FieldKind.Decimal => "numeric",
        _ => "character",
    };

    [Fact]
    public void Load_R_stops_on_a_value_that_is_not_a_code_rather_than_making_it_NA()
    {
        var rscript = ExternalProgram.Require("Rscript", "r-base-core", "LUTETIA_SKIP_R");
        if (rscript is null)
            return;
        using var folder = new ExportFolder();
        Exporter.Write(RExport.Files(ExportSamples.Dataset), folder.Path);
        var patients = File.ReadAllLines(folder.File("patients.csv"));
        patients[1] = patients[1].Replace(",female,", ",feminine,", StringComparison.Ordinal).Replace(",male,", ",feminine,", StringComparison.Ordinal);
        File.WriteAllLines(folder.File("patients.csv"), patients);

        var (exit, _, error) = ExternalProgram.Run(rscript, folder.Path, "load.R");

        Assert.NotEqual(0, exit);
        Assert.Contains("patients.csv, sex: unexpected value(s) feminine; expected female, male", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_R_csv_files_hold_the_cohort_formats_own_cells()
    {
        var files = RExport.Files(ExportSamples.Dataset);
        var patients = files.Single(f => f.Name == "patients.csv").ReadText().Split('\n');

        Assert.Equal(string.Join(',', CohortFormat.Table("patients")!.Columns.Select(c => c.Name)), patients[0]);
        Assert.Equal(ExportSamples.Cohort.Patients.Count + 2, patients.Length);
        Assert.Equal("load.R", files[^1].Name);
        Assert.Contains("\"Centre \"\"Nord\"\", Lille\"", files.Single(f => f.Name == "centers.csv").ReadText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"")]
    [InlineData("Hôpital", "\"H\\U{f4}pital\"")]
    [InlineData("😀", "\"\\U{1f600}\"")]
    public void R_string_literals_escape_quotes_and_anything_outside_ascii(string value, string literal) =>
        Assert.Equal(literal, RExport.Str(value));
}
