using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Lutetia.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lutetia.Web.Tests;

/// <summary>
/// Exports named with the study, the data cut (UTC) and "locked", the data cut written inside, and
/// the "locked records only" option holding the patients the server knows locked (docs/exports.md).
/// The test cohort: P1 of C1 (locked here), P2 of C2.
/// </summary>
public abstract class ExportNamingTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Cut = new(2026, 12, 7, 21, 40, 5, TimeSpan.Zero);

    private static async Task<(string Name, Dictionary<string, string> Files)> Download(WebClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            files[entry.FullName] = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        }
        return (response.Content.Headers.ContentDisposition!.FileName!, files);
    }

    private static JsonElement Manifest(Dictionary<string, string> files) => JsonDocument.Parse(files["manifest.json"]).RootElement;

    [Fact]
    public async Task Exports_are_named_with_the_study_and_the_data_cut_and_locked_only_holds_the_locked_records()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Cut)));
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        await coordinator.PostFormAsync("/patients/P1/lock", "signature", new() { ["password"] = Accounts.Password });

        var (name, files) = await Download(coordinator, "/export/cohort.zip");
        Assert.Equal("mesenluth-2026-12-07T2140Z.zip", name);
        Assert.Contains("P2,", files["patients.csv"], StringComparison.Ordinal);
        Assert.Equal("2026-12-07T21:40:05Z", Manifest(files).GetProperty("data_cut_utc").GetString());
        Assert.False(Manifest(files).GetProperty("locked_only").GetBoolean());
        Assert.Equal(2, Manifest(files).GetProperty("patients").GetInt32());

        var (lockedName, locked) = await Download(coordinator, "/export/cohort.zip?locked=true");
        Assert.Equal("mesenluth-2026-12-07T2140Z-locked.zip", lockedName);
        Assert.Contains("P1,", locked["patients.csv"], StringComparison.Ordinal);
        Assert.DoesNotContain("P2", locked["patients.csv"] + locked["reads.csv"] + locked["measurements.csv"] + locked["prrt_cycles.csv"], StringComparison.Ordinal);
        Assert.True(Manifest(locked).GetProperty("locked_only").GetBoolean());
        Assert.Equal(1, Manifest(locked).GetProperty("patients").GetInt32());

        var (ownName, own) = await Download(investigator, "/export/cohort.zip?locked=true&center=C1");
        Assert.Equal("mesenluth-C1-2026-12-07T2140Z-locked.zip", ownName);
        Assert.Contains("P1,", own["patients.csv"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await investigator.GetAsync("/export/cohort.zip?locked=true&center=C2")).StatusCode);

        var (rName, r) = await Download(coordinator, "/export/r.zip?locked=true");
        Assert.Equal("mesenluth-r-2026-12-07T2140Z-locked.zip", rName);
        Assert.DoesNotContain("P2", r["patients.csv"], StringComparison.Ordinal);
        Assert.Equal("2026-12-07T21:40:05Z", Manifest(r).GetProperty("data_cut_utc").GetString());

        var workbook = await coordinator.GetAsync("/export/cohort.xlsx?locked=true");
        Assert.Equal("mesenluth-2026-12-07T2140Z-locked.xlsx", workbook.Content.Headers.ContentDisposition!.FileName);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        Assert.Equal(Cut.UtcDateTime, document.PackageProperties.Created);
        Assert.Contains("data cut 2026-12-07T21:40:05Z (UTC)", document.PackageProperties.Description, StringComparison.Ordinal);
        Assert.Contains("locked records only", document.PackageProperties.Description, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await coordinator.GetPageAsync("/export?locked=true"));
        Assert.Contains("/export/cohort.zip?locked=true", page, StringComparison.Ordinal);
        Assert.Contains("/export/r.zip?locked=true", page, StringComparison.Ordinal);
    }
}
