using System.IO.Compression;
using Lutetia.Intake;
using Lutetia.Web.Access;
using Lutetia.Workflow.Export;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The cohort as a file to download, through <see cref="ExportCohort"/> and Intake's writers (the
/// same files as <c>lutetia export</c>): the coordinator's whole cohort or one centre; an
/// investigator's own centre, whatever the request asks.
/// </summary>
internal static class CohortDownload
{
    public enum Kind
    {
        Xlsx,
        CsvZip,
    }

    public static async Task<IResult> Write(HttpContext http, ExportCohort export, string? center, Kind kind)
    {
        var result = await export.RunAsync(Account.Of(http.User)!, center, Blinding.Of(http).Visible, http.RequestAborted).ConfigureAwait(false);
        if (!result.TryGetValue(out var exported))
            return DownloadRefusal.Of(result.Refusal!);
        (center, var cohort) = (exported.Center, exported.Cohort);
        var name = center is null ? "lutetia-cohort" : $"lutetia-cohort-{center}";
        var folder = Directory.CreateTempSubdirectory("lutetia-export-");
        try
        {
            byte[] bytes;
            if (kind == Kind.Xlsx)
            {
                var path = Path.Combine(folder.FullName, name + ".xlsx");
                XlsxCohortWriter.Write(cohort, path);
                bytes = await File.ReadAllBytesAsync(path, http.RequestAborted).ConfigureAwait(false);
                return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            }
            var csv = Path.Combine(folder.FullName, name);
            CsvCohortWriter.Write(cohort, csv);
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
}
