using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// Reads a cohort — a folder of CSV files or one .xlsx workbook — checking every rule of the
/// format (cell, row, file and cross-file), and collecting every problem. A cohort with any error
/// yields no model; warnings never block.
/// </summary>
public static class CohortReader
{
    public static IntakeResult Read(string path, ReadOptions options)
    {
        var problems = new ProblemList();
        var source = Open(path, problems);
        if (source is null)
            return new IntakeResult(null, problems, new CohortSummary([]));
        using (source)
            return Read(source, options, problems);
    }

    internal static IntakeResult Read(ICohortSource source, ReadOptions options, ProblemList problems)
    {
        var present = CheckTableNames(source, problems);
        var tables = new CohortTables();
        var parts = TableReads.Run(source, options, present, tables);
        foreach (var part in parts)
        {
            problems.AddRange(part.Problems);
            tables.Rejected.UnionWith(part.Rejected);
            tables.Locations[part.Table] = part.Location;
        }
        options.Progress?.Report(new ReadProgress("cross-file rules", 1 - 1.0 / (CohortFormat.Tables.Count + 1)));

        CrossFileRules(tables, options, problems, source.ReadsConcurrently);
        options.Progress?.Report(new ReadProgress("done", 1));

        var summary = Summarize(tables);
        return new IntakeResult(problems.HasErrors ? null : tables.ToCohort(), problems, summary);
    }

    /// <summary>
    /// The timeline rules need no index: on a source read in parallel they run beside the key,
    /// imaging and RECIST rules, each into its own list, appended in the sequential order.
    /// </summary>
    private static void CrossFileRules(CohortTables tables, ReadOptions options, ProblemList problems, bool parallel)
    {
        var keys = new ProblemList();
        var timeline = new ProblemList();
        var imaging = new ProblemList();
        void Keyed()
        {
            var index = KeyRules.Check(tables, keys);
            ImagingRules.Check(tables, index, imaging);
            RecistWarnings.Check(tables, index, options.Recist, imaging);
        }
        ParallelWork.Invoke(parallel, [Keyed, () => TimelineRules.Check(tables, timeline)]);
        problems.AddRange(keys);
        problems.AddRange(timeline);
        problems.AddRange(imaging);
    }

    /// <summary>Unknown tables and missing required ones; returns the present ones by their format name.</summary>
    private static Dictionary<string, string> CheckTableNames(ICohortSource source, ProblemList problems)
    {
        var present = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = string.Join(", ", CohortFormat.Tables.Select(t => t.Name));
        foreach (var name in source.TableNames)
        {
            if (CohortFormat.Table(name) is { } table)
                present[table.Name] = name;
            else
                problems.Error(source.LocationOf(name), null, null, null, "file_unknown",
                    $"\"{name}\" is not a table of the cohort format", $"rename or remove it; the tables are {known}");
        }
        foreach (var table in CohortFormat.Tables)
        {
            if (table.Required && !present.ContainsKey(table.Name))
                problems.Error(source.LocationOf(table.Name), null, null, null, "file_missing",
                    $"the required table {table.Name} is missing",
                    $"add {table.Name} with at least its header row: {string.Join(",", table.Columns.Select(c => c.Name))}");
        }
        return present;
    }

    private static ICohortSource? Open(string path, ProblemList problems)
    {
        if (Directory.Exists(path))
            return new CsvFolderSource(path);
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Error(name, null, null, null, "cohort_not_found", $"there is no folder or file {path}",
                "give the path of a folder of CSV files or of an .xlsx workbook");
            return null;
        }
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            problems.Error(name, null, null, null, "cohort_form", "a cohort is a folder of CSV files or one .xlsx workbook",
                "give the folder that holds the CSV files, or save the workbook as .xlsx");
            return null;
        }
        return OpenWorkbook(path, name, problems);
    }

    private static XlsxWorkbookSource? OpenWorkbook(string path, string name, ProblemList problems)
    {
        if (IsCompoundFile(path))
        {
            problems.Error(name, null, null, null, "workbook",
                "the workbook is password-protected (encrypted) or in the old .xls format, and cannot be read",
                "open it in Excel, remove the password (File → Info → Protect Workbook) and save it as .xlsx");
            return null;
        }
        if (!CohortArchive.CheckWorkbook(path, name, problems))
            return null;
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
            var source = XlsxWorkbookSource.Open(document, path, problems);
            if (source is null)
                document.Dispose();
            return source;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException
                                       or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            document?.Dispose();
            problems.Error(name, null, null, null, "workbook", $"the workbook is damaged and cannot be read ({e.Message})",
                "open it in Excel and save it again as .xlsx, or export the cohort again");
            return null;
        }
    }

    /// <summary>Encrypted .xlsx files and legacy .xls files are OLE compound files, not zip packages.</summary>
    private static bool IsCompoundFile(string path)
    {
        Span<byte> signature = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        return stream.Read(signature) == 8 && signature.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 });
    }

    private static CohortSummary Summarize(CohortTables t) => new(
    [
        new("centers", t.Centers.Count),
        new("patients", t.Patients.Count),
        new("metastatic_sites", t.MetastaticSites.Count),
        new("prior_treatments", t.PriorTreatments.Count),
        new("prrt_cycles", t.PrrtCycles.Count),
        new("lesions", t.Lesions.Count),
        new("reads", t.Reads.Count),
        new("measurements", t.Measurements.Count),
        new("symptoms", t.Symptoms.Count),
        new("labs", t.Labs.Count),
        new("complications", t.Complications.Count),
        new("progression", t.Progressions.Count),
    ]);

    /// <summary>Reads a cohort already known to be valid (tests and tools); throws with the problems otherwise.</summary>
    public static Cohort ReadValid(string path, DateOnly today)
    {
        var result = Read(path, new ReadOptions(today));
        return result.Cohort ?? throw new InvalidDataException(
            "the cohort is not valid: " + string.Join(Environment.NewLine, result.Problems.Errors.Take(20)));
    }
}
