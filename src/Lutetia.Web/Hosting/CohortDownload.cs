using System.IO.Compression;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Web.Access;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The cohort as a file to download, through the storage layer's export and Intake's writers (the
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

    /// <summary>
    /// The centre an export holds: what was asked (null: the whole cohort), but always an
    /// investigator's own centre; false when that centre does not exist or is not theirs.
    /// </summary>
    public static bool TryCenter(HttpContext http, LutetiaDbContext db, ref string? center)
    {
        var account = Account.Of(http.User)!;
        if (account.Role == LutetiaRole.Investigator)
        {
            if (center is not null && !account.SeesCenter(center))
                return false;
            center = account.CenterId;
        }
        var asked = center;
        return asked is null || db.Centers.Any(c => c.CenterId == asked);
    }

    public static async Task<IResult> Write(HttpContext http, LutetiaDbContext db, string? center, Kind kind)
    {
        if (!TryCenter(http, db, ref center))
            return Results.NotFound();
        var cohort = Blinding.Of(http).Visible(CohortStore.Export(db, center));
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
