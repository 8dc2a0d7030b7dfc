using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Lutetia.Intake;
using Lutetia.Web.Access;
using Lutetia.Workflow.Export;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The cohort as a file to download, through <see cref="ExportCohort"/> and Intake's writers (the
/// same files as <c>lutetia export</c>): the coordinator's whole cohort or one centre; an
/// investigator's own centre, whatever the request asks; with <c>?locked=true</c>, the locked
/// records only. Named by <see cref="ExportName"/> (study, centre, data cut in UTC, "locked"); the
/// data cut is written inside too: <c>manifest.json</c> in the zip, the workbook's properties
/// (created = the data cut, description = the manifest's sentence) in the .xlsx (docs/exports.md).
/// </summary>
internal static class CohortDownload
{
    public enum Kind
    {
        Xlsx,
        CsvZip,
    }

    public static async Task<IResult> Write(HttpContext http, ExportCohort export, string? center, bool lockedOnly, Kind kind)
    {
        var result = await export.RunAsync(Account.Of(http.User)!, center, Blinding.Of(http).Visible, lockedOnly, http.RequestAborted).ConfigureAwait(false);
        if (!result.TryGetValue(out var exported))
            return DownloadRefusal.Of(result.Refusal!);
        var (cohort, manifest) = (exported.Cohort, exported.Manifest);
        var name = manifest.FileStem();
        var folder = Directory.CreateTempSubdirectory("lutetia-export-");
        try
        {
            byte[] bytes;
            if (kind == Kind.Xlsx)
            {
                var path = Path.Combine(folder.FullName, name + ".xlsx");
                XlsxCohortWriter.Write(cohort, path);
                Stamp(path, manifest);
                bytes = await File.ReadAllBytesAsync(path, http.RequestAborted).ConfigureAwait(false);
                return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            }
            var csv = Path.Combine(folder.FullName, name);
            CsvCohortWriter.Write(cohort, csv);
            await File.WriteAllTextAsync(Path.Combine(csv, ExportManifest.FileName), manifest.ToJson(), http.RequestAborted).ConfigureAwait(false);
            var zip = Path.Combine(folder.FullName, name + ".zip");
            await ZipFile.CreateFromDirectoryAsync(csv, zip, CompressionLevel.Optimal, includeBaseDirectory: false, http.RequestAborted).ConfigureAwait(false);
            bytes = await File.ReadAllBytesAsync(zip, http.RequestAborted).ConfigureAwait(false);
            return Results.File(bytes, "application/zip", name + ".zip");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The workbook's own properties carry the data cut: created, and the manifest's sentence as its description.</summary>
    private static void Stamp(string path, ExportManifest manifest)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        document.PackageProperties.Created = manifest.DataCutUtc;
        document.PackageProperties.Title = manifest.FileStem();
        document.PackageProperties.Description = manifest.Sentence;
        document.PackageProperties.Creator = "Lutetia";
    }
}
