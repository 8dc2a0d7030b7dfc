using Lutetia.Intake;
using Lutetia.Workflow.Import;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// An uploaded cohort (an .xlsx workbook, or a .zip of the CSV files) checked with Lutetia.Intake's
/// one rule set (<see cref="CheckCohortFile"/>) and imported through the audit trail
/// (<see cref="ImportCohort"/>), as <c>lutetia import</c> does: all of it, or nothing when it has any error. A .zip is extracted within <see cref="IntakeLimits"/> (entries,
/// declared and real sizes) into a folder of its own, removed afterwards; a workbook is read in place.
/// </summary>
public static class CohortUpload
{
    public const long MaximumBytes = 50L * 1024 * 1024;

    /// <summary>What became of an upload: the lines to show, and whether it was imported.</summary>
    public sealed record Outcome(bool Imported, IReadOnlyList<string> Lines);

    public static async Task<Outcome> ImportAsync(IFormFile? file, Account actor, CheckCohortFile check, ImportCohort import, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(import);
        if (file is null || file.Length == 0)
            return new(false, ["Choose a file: an .xlsx workbook or a .zip of the CSV files in the cohort format."]);
        if (file.Length > MaximumBytes)
            return new(false, [$"{Shown(file.FileName)} is larger than {MaximumBytes / (1024 * 1024)} MB: import it with lutetia import on the server."]);
        var extension = Path.GetExtension(file.FileName).ToUpperInvariant();
        if (extension is not (".XLSX" or ".ZIP"))
            return new(false, [$"{Shown(file.FileName)} is neither an .xlsx workbook nor a .zip of CSV files."]);
        var folder = Directory.CreateTempSubdirectory(TemporaryFolders.ImportPrefix);
        try
        {
            var upload = Path.Combine(folder.FullName, "upload" + extension.ToLowerInvariant());
            await using (var stream = File.Create(upload))
                await file.CopyToAsync(stream, cancellation).ConfigureAwait(false);
            var path = upload;
            if (extension == ".ZIP")
            {
                path = Path.Combine(folder.FullName, "cohort");
                var refused = new ProblemList();
                if (!CohortArchive.TryExtractCsv(upload, path, Shown(file.FileName), refused))
                    return new(false, [.. refused.Errors.Select(e => "error: " + e), "Nothing was imported."]);
            }
            var checkedFile = await check.RunAsync(actor, path, Shown(file.FileName), progress: null, cancellation).ConfigureAwait(false);
            if (!checkedFile.TryGetValue(out var cohort))
                return new(false, [checkedFile.Refusal!.Message + ".", .. checkedFile.Refusal.Fields.Take(200).Select(f => f.Message)]);
            var lines = cohort.Warnings.Select(w => "warning: " + w).Take(200).ToList();
            var rows = await import.RunAsync(actor, cohort, $"import of {cohort.Name} from the web", cancellation).ConfigureAwait(false);
            if (rows.Refusal is { } notImported)
                return new(false, [$"{notImported.Message}. Nothing was imported."]);
            lines.Insert(0, $"{cohort.Name}: imported {rows.Value} rows ({cohort.Summary}).");
            return new(true, lines);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The uploaded file's name as the pages and the audit trail's reason repeat it: the browser's
    /// choice, so without control characters or a formula's first character, and at most 100 characters.
    /// </summary>
    private static string Shown(string fileName)
    {
        var name = new string([.. Path.GetFileName(fileName).Where(c => !char.IsControl(c))]).TrimStart(FieldRules.FormulaLead.ToCharArray());
        return name.Length == 0 ? "the uploaded file" : name.Length <= 100 ? name : name[..99] + "…";
    }
}
