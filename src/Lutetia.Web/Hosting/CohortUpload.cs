using System.IO.Compression;
using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// An uploaded cohort (an .xlsx workbook, or a .zip of the CSV files) read with Lutetia.Intake's one
/// rule set and imported through the storage layer, as <c>lutetia import</c> does: all of it, or
/// nothing when it has any error.
/// </summary>
public static class CohortUpload
{
    public const long MaximumBytes = 50L * 1024 * 1024;

    /// <summary>What became of an upload: the lines to show, and whether it was imported.</summary>
    public sealed record Outcome(bool Imported, IReadOnlyList<string> Lines);

    public static async Task<Outcome> ImportAsync(IFormFile? file, LutetiaDbContext db, DateOnly today, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (file is null || file.Length == 0)
            return new(false, ["Choose a file: an .xlsx workbook or a .zip of the CSV files in the cohort format."]);
        if (file.Length > MaximumBytes)
            return new(false, [$"{file.FileName} is larger than {MaximumBytes / (1024 * 1024)} MB: import it with lutetia import on the server."]);
        var extension = Path.GetExtension(file.FileName).ToUpperInvariant();
        if (extension is not (".XLSX" or ".ZIP"))
            return new(false, [$"{file.FileName} is neither an .xlsx workbook nor a .zip of CSV files."]);
        var folder = Directory.CreateTempSubdirectory("lutetia-import-");
        try
        {
            var upload = Path.Combine(folder.FullName, "upload" + extension.ToLowerInvariant());
            await using (var stream = File.Create(upload))
                await file.CopyToAsync(stream, cancellation).ConfigureAwait(false);
            var path = upload;
            if (extension == ".ZIP")
            {
                path = Path.Combine(folder.FullName, "cohort");
                try
                {
                    await ZipFile.ExtractToDirectoryAsync(upload, path, cancellation).ConfigureAwait(false);
                }
                catch (InvalidDataException)
                {
                    return new(false, [$"{file.FileName} is not a readable .zip file."]);
                }
                path = CsvFolder(path);
            }
            var result = CohortReader.Read(path, new ReadOptions(today));
            var lines = result.Problems.Errors.Select(e => "error: " + e).Concat(result.Problems.Warnings.Select(w => "warning: " + w)).Take(200).ToList();
            if (result.Cohort is null)
            {
                lines.Insert(0, $"{file.FileName}: not valid — {result.Problems.ErrorCount} error(s). Nothing was imported: fix the errors and import again.");
                return new(false, lines);
            }
            db.Reason = $"import of {Path.GetFileName(file.FileName)} from the web";
            try
            {
                var rows = CohortStore.Import(db, result.Cohort);
                lines.Insert(0, $"{file.FileName}: imported {rows} rows ({result.Summary}).");
                return new(true, lines);
            }
            catch (InvalidOperationException e)
            {
                return new(false, [$"{e.Message}. Nothing was imported."]);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The folder that holds the CSV files: the archive's root, or its one sub-folder.</summary>
    private static string CsvFolder(string root)
    {
        if (Directory.EnumerateFiles(root, "*.csv").Any())
            return root;
        var folders = Directory.GetDirectories(root);
        return folders.Length == 1 ? folders[0] : root;
    }
}
