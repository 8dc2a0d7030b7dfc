using System.Globalization;
using System.Text;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// The export for R: one CSV per table (UTF-8, invariant numbers, ISO dates, empty = NA, the
/// cohort format's own cells) and <c>load.R</c>, which reads each with explicit colClasses, turns
/// dates into Date, yes/no into logical and every enumeration into a factor whose levels are the
/// format's codes in the format's order, shown by their labels; each column gets a <c>label</c>
/// attribute. A value the script does not expect stops it with a message rather than becoming NA.
/// </summary>
public static class RExport
{
    public const string ScriptName = "load.R";

    public static IReadOnlyList<ExportFile> Files(ExportDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var files = new List<ExportFile>(dataset.Tables.Count + 1);
        foreach (var table in dataset.Tables)
            files.Add(CsvText.File(table));
        files.Add(new ExportFile(ScriptName, Script(dataset)));
        return files;
    }

    private static string Script(ExportDataset dataset)
    {
        var r = new StringBuilder();
        r.Append("""
            # Lutetia export for R: source("load.R") (or Rscript load.R) reads every table of this
            # folder into a data frame of the same name, with types, factors and labels set.
            # Levels of a factor are the cohort format's codes in the format's order, shown by label.
            # This script's folder: the file source() is reading, else the script Rscript runs, else the working directory.
            .lutetia_dir <- local({
              of <- NULL
              for (f in rev(sys.frames())) if (!is.null(of <- get0("ofile", envir = f, inherits = FALSE))) break
              file <- sub("^--file=", "", grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE))
              if (!is.null(of)) dirname(normalizePath(of))
              else if (length(file) == 1) dirname(normalizePath(file))
              else getwd()
            })
            .lutetia_read <- function(name, classes) {
              d <- utils::read.csv(file.path(.lutetia_dir, name), colClasses = classes, na.strings = "",
                                   encoding = "UTF-8", check.names = FALSE, strip.white = FALSE)
              if (!identical(names(d), names(classes)))
                stop(name, ": the columns are ", paste(names(d), collapse = ","), ", expected ", paste(names(classes), collapse = ","))
              d
            }
            .lutetia_factor <- function(x, codes, labels, where) {
              bad <- setdiff(unique(x[!is.na(x)]), codes)
              if (length(bad) > 0) stop(where, ": unexpected value(s) ", paste(bad, collapse = ", "), "; expected ", paste(codes, collapse = ", "))
              factor(x, levels = codes, labels = labels)
            }
            .lutetia_logical <- function(x, where) {
              bad <- setdiff(unique(x[!is.na(x)]), c("yes", "no"))
              if (length(bad) > 0) stop(where, ": unexpected value(s) ", paste(bad, collapse = ", "), "; expected yes or no")
              ifelse(is.na(x), NA, x == "yes")
            }
            .lutetia_date <- function(x, where) {
              d <- as.Date(x, format = "%Y-%m-%d")
              if (any(is.na(d) & !is.na(x))) stop(where, ": a date is not YYYY-MM-DD")
              d
            }

            """);
        foreach (var table in dataset.Tables)
            AppendTable(r, table);
        r.Append("rm(.lutetia_dir, .lutetia_read, .lutetia_factor, .lutetia_logical, .lutetia_date)\n");
        return r.ToString();
    }

    private static void AppendTable(StringBuilder r, ExportTable table)
    {
        var name = table.Name;
        r.Append(CultureInfo.InvariantCulture, $"# {table.Label}\n");
        r.Append(CultureInfo.InvariantCulture, $"{name} <- .lutetia_read({Str(name + ".csv")}, c(\n");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            r.Append(CultureInfo.InvariantCulture, $"  {column.Name} = {Str(ColClass(column.Kind))}{(i + 1 < table.Columns.Count ? "," : "")}\n");
        }
        r.Append("))\n");
        foreach (var column in table.Columns)
        {
            var x = $"{name}${column.Name}";
            var where = Str($"{name}.csv, {column.Name}");
            switch (column.Kind)
            {
                case FieldKind.Date:
                    r.Append(CultureInfo.InvariantCulture, $"{x} <- .lutetia_date({x}, {where})\n");
                    break;
                case FieldKind.Boolean:
                    r.Append(CultureInfo.InvariantCulture, $"{x} <- .lutetia_logical({x}, {where})\n");
                    break;
                case FieldKind.Enumeration:
                    r.Append(CultureInfo.InvariantCulture, $"{x} <- .lutetia_factor({x}, {Vector(column.Codes)},\n  {Vector(column.CodeLabels)}, {where})\n");
                    break;
            }
            r.Append(CultureInfo.InvariantCulture, $"attr({x}, \"label\") <- {Str(column.Label)}\n");
        }
        r.Append('\n');
    }

    private static string ColClass(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "integer",
        FieldKind.Decimal => "numeric",
        _ => "character",
    };

    private static string Vector(IReadOnlyList<string> values) => "c(" + string.Join(", ", values.Select(Str)) + ")";

    /// <summary>An R string literal; anything outside printable ASCII as \u escapes, so the script reads the same in any locale.</summary>
    internal static string Str(string value)
    {
        var s = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is '"' or '\\')
                s.Append('\\').Append((char)rune.Value);
            else if (rune.Value is < ' ' or > '~')
                s.Append(CultureInfo.InvariantCulture, $"\\U{{{rune.Value:x}}}");
            else
                s.Append((char)rune.Value);
        }
        return s.Append('"').ToString();
    }
}
