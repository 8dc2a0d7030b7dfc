using System.IO.Compression;
using System.Net;
using Lutetia.Intake;
using Lutetia.Storage;

namespace Lutetia.Web.Tests;

/// <summary>The first run, and import and export from the coordinator's pages: export → import → export gives the same files.</summary>
public sealed class ImportExportTests
{
    private static async Task<byte[]> Zipped(Lutetia.Domain.Cohort cohort, string folder)
    {
        CsvCohortWriter.Write(cohort, Path.Combine(folder, "cohort"));
        var zip = Path.Combine(folder, "cohort.zip");
        await ZipFile.CreateFromDirectoryAsync(Path.Combine(folder, "cohort"), zip, CompressionLevel.Fastest, false, TestContext.Current.CancellationToken);
        return await File.ReadAllBytesAsync(zip, TestContext.Current.CancellationToken);
    }

    private static async Task<Dictionary<string, byte[]>> Files(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            await using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, TestContext.Current.CancellationToken);
            files[entry.FullName] = copy.ToArray();
        }
        return files;
    }

    private static async Task<HttpResponseMessage> Upload(WebClient client, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("import"), "_handler" },
            { new StringContent(await client.TokenAsync("/import")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        form.Add(file, "cohort", fileName);
        return await client.PostContentAsync("/import", form);
    }

    [Fact]
    public async Task The_first_run_says_how_to_create_the_first_coordinator_who_then_imports_and_exports_the_same_files()
    {
        await using var app = await LutetiaAppFactory.StartAsync(DatabaseProvider.Sqlite, empty: true);
        using var anonymous = new WebClient(app);
        var login = WebUtility.HtmlDecode(await anonymous.GetPageAsync("/login"));
        Assert.Contains("lutetia user add --email YOU@HOSPITAL.ORG --role coordinator", login, StringComparison.Ordinal);

        using (var db = app.OpenDatabase())
            await Accounts.Add(db, Accounts.Coordinator, LutetiaRole.Coordinator, null);
        Assert.DoesNotContain("lutetia user add", await anonymous.GetPageAsync("/login"), StringComparison.Ordinal);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var folder = Directory.CreateTempSubdirectory("lutetia-web-import-").FullName;
        try
        {
            var uploaded = await Zipped(WebCohort.Build(), folder);
            var broken = await Upload(coordinator, [1, 2, 3], "cohort.zip");
            Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
            Assert.Contains("is not a readable .zip file", await broken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

            var imported = await (await Upload(coordinator, uploaded, "cohort.zip")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(imported.Contains("cohort.zip: imported", StringComparison.Ordinal), imported);

            using var original = new ZipArchive(new MemoryStream(uploaded), ZipArchiveMode.Read);
            var exported = await Files(await coordinator.GetAsync("/export/cohort.zip"));
            foreach (var entry in original.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                Assert.Equal(await reader.ReadToEndAsync(TestContext.Current.CancellationToken), System.Text.Encoding.UTF8.GetString(exported[entry.FullName]));
            }

            var again = await Upload(coordinator, uploaded, "cohort.zip");
            Assert.Contains("already holds a cohort", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_investigator_exports_only_their_own_centre_whatever_they_ask()
    {
        await using var app = await LutetiaAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var files = await Files(await investigator.GetAsync("/export/cohort.zip"));
        var patients = System.Text.Encoding.UTF8.GetString(files["patients.csv"]);
        Assert.Contains("\nP1,C1,", patients, StringComparison.Ordinal);
        Assert.DoesNotContain("P2", patients, StringComparison.Ordinal);
        Assert.DoesNotContain("C2", System.Text.Encoding.UTF8.GetString(files["centers.csv"]), StringComparison.Ordinal);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        Assert.Contains("P2", System.Text.Encoding.UTF8.GetString((await Files(await coordinator.GetAsync("/export/cohort.zip")))["patients.csv"]), StringComparison.Ordinal);
    }
}
