using System.Globalization;
using System.IO.Compression;

namespace Lutetia.Intake;

/// <summary>
/// The zip archives a cohort comes in — an .xlsx package, or a .zip of the CSV files — checked
/// against <see cref="IntakeLimits"/> before anything is read or written: the number of entries,
/// the uncompressed sizes the archive declares and, while a .zip is extracted, the bytes it really
/// yields (a zip bomb can lie in its headers). A refusal is a problem naming the archive, the
/// limit and how to fix it; nothing half-extracted is kept.
/// </summary>
public static class CohortArchive
{
    private const string Hint = "export the cohort again from Lutetia or your spreadsheet; a real cohort is far below these limits";

    /// <summary>
    /// Extracts the .csv files of a .zip into <paramref name="folder"/> (flattened: a cohort's files
    /// may sit at the root or in one folder of the archive); true when all were extracted within
    /// the limits. Other files are skipped, as a cohort folder's are.
    /// </summary>
    public static bool TryExtractCsv(string zipPath, string folder, string name, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            if (!CheckDeclared(archive, name, problems, static _ => IntakeLimits.MaximumExtractedBytes))
                return false;
            Directory.CreateDirectory(folder);
            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var budget = IntakeLimits.MaximumExtractedBytes;
            foreach (var entry in archive.Entries)
            {
                var file = Path.GetFileName(entry.FullName);
                if (!IsCohortFile(entry.FullName, file))
                    continue;
                if (!written.Add(file))
                    return Refuse(problems, name, $"the archive holds two files named {file}", "keep one file per table, at the root of the archive or in one folder");
                var extracted = Copy(entry, Path.Combine(folder, file), budget);
                if (extracted < 0)
                    return Refuse(problems, name,
                        string.Create(CultureInfo.InvariantCulture, $"{entry.FullName} expands beyond what the archive declares or beyond {IntakeLimits.MaximumExtractedBytes:N0} bytes in all"), Hint);
                budget -= extracted;
            }
            return true;
        }
        catch (InvalidDataException)
        {
            problems.Error(name, null, null, null, "archive", "the file is not a readable .zip file",
                "make the archive again (for example: zip cohort.zip *.csv) and upload it");
            return false;
        }
    }

    /// <summary>The .xlsx package's entries and declared sizes; false when over a limit (reported).</summary>
    internal static bool CheckWorkbook(string path, string name, ProblemList problems)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            return CheckDeclared(archive, name, problems, WorkbookPartLimit);
        }
        catch (InvalidDataException)
        {
            return true; // not a zip: the workbook reader reports it as damaged
        }
    }

    /// <summary>
    /// The worksheets and the shared strings are streamed and bounded elsewhere; any other XML part
    /// (workbook, styles, relationships) may be read whole. Other entries (images) are never read.
    /// </summary>
    private static long WorkbookPartLimit(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        var streamed = (name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && !name.Contains("/_rels/", StringComparison.Ordinal))
            || name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
        var xml = name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
        return streamed || !xml ? IntakeLimits.MaximumExtractedBytes : IntakeLimits.MaximumWholePartBytes;
    }

    private static bool CheckDeclared(ZipArchive archive, string name, ProblemList problems, Func<ZipArchiveEntry, long> entryLimit)
    {
        if (archive.Entries.Count > IntakeLimits.MaximumArchiveEntries)
            return Refuse(problems, name, string.Create(CultureInfo.InvariantCulture,
                $"the archive holds {archive.Entries.Count:N0} entries; at most {IntakeLimits.MaximumArchiveEntries:N0} are read"), Hint);
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > entryLimit(entry))
                return Refuse(problems, name, string.Create(CultureInfo.InvariantCulture,
                    $"{entry.FullName} expands to {entry.Length:N0} bytes; at most {entryLimit(entry):N0} are read"), Hint);
            total += entry.Length;
            if (total > IntakeLimits.MaximumExtractedBytes)
                return Refuse(problems, name, string.Create(CultureInfo.InvariantCulture,
                    $"the archive expands to more than {IntakeLimits.MaximumExtractedBytes:N0} bytes"), Hint);
        }
        return true;
    }

    private static bool IsCohortFile(string fullName, string file) =>
        file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !file.StartsWith('.')
        && !fullName.StartsWith("__MACOSX/", StringComparison.Ordinal) && fullName.Count(c => c == '/') <= 1;

    /// <summary>Copies an entry, counting the bytes it really yields; -1 (the file removed) past its declared size or the budget.</summary>
    private static long Copy(ZipArchiveEntry entry, string path, long budget)
    {
        var limit = Math.Min(entry.Length, budget);
        var buffer = new byte[1 << 16];
        long copied = 0;
        using (var input = entry.Open())
        using (var output = File.Create(path))
        {
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                copied += read;
                if (copied > limit)
                    break;
                output.Write(buffer, 0, read);
            }
        }
        if (copied <= limit)
            return copied;
        File.Delete(path);
        return -1;
    }

    private static bool Refuse(ProblemList problems, string name, string message, string hint)
    {
        problems.Error(name, null, null, null, "archive_limit", message + "; nothing was read", hint);
        return false;
    }
}
