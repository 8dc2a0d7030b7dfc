using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lutetia.Web.Forms;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// Blinding and confidentiality (docs/security.md), as an attacker tries them over HTTP: a reviewer looking for the local
/// values of an exam in their queue, an investigator looking for the central reads before release,
/// an identifier probed for another centre, a download left in a cache.
/// </summary>
public abstract partial class BlindingTests(AppFixture fixture)
{
    /// <summary>P2's local diameters, made unmistakable (the seed's 30 and 31 occur in any page).</summary>
    private const string LocalBaseline = "47.3";
    private const string LocalPost = "52.9";
    private const string CentralBaseline = "63.7";

    /// <summary>Every page and download the authorization matrices enumerate.</summary>
    private static IEnumerable<string> MatrixRoutes() =>
        AuthorizationMatrixTests.Pages.Select(p => p.Path).Concat(WorkflowAuthorizationMatrixTests.Pages.Select(p => p.Path)).Distinct(StringComparer.Ordinal);

    [Fact]
    public async Task A_reviewer_sees_no_local_value_of_a_patient_with_an_exam_in_the_queue_on_any_route_until_both_are_read()
    {
        var app = await fixture.AppAsync();
        using (var db = app.OpenDatabase())
        {
            await db.Measurements.Where(m => m.ReadId == "S1").ExecuteUpdateAsync(s => s.SetProperty(m => m.DiameterMm, 47.3m), TestContext.Current.CancellationToken);
            await db.Measurements.Where(m => m.ReadId == "S2").ExecuteUpdateAsync(s => s.SetProperty(m => m.DiameterMm, 52.9m), TestContext.Current.CancellationToken);
        }
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        var failures = new StringBuilder();
        foreach (var route in MatrixRoutes().Select(r => r.Replace("P1", "P2", StringComparison.Ordinal).Replace("R1", "S1", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
            await NoValue(failures, reviewer, route, LocalBaseline, LocalPost);
        Assert.True(failures.Length == 0, failures.ToString());
        foreach (var route in new[] { "/patients/P2/imaging", "/patients/P2/reads/S1", "/patients/P2/reads/S2", "/patients/P2/audit", "/patients/P2/audit.csv" })
            Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(route)).StatusCode);

        // One exam read, the other still waiting: the patient's other read would still bias it.
        await reviewer.PostFormAsync("/review/P2/2020-01-12/ct", "central-read", new() { ["d:M1"] = "45" });
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/patients/P2/reads/S2")).StatusCode);
        await reviewer.PostFormAsync("/review/P2/2020-07-12/ct", "central-read", new() { ["d:M1"] = "50" });
        Assert.Contains("S1", await reviewer.GetPageAsync("/patients/P2/imaging"), StringComparison.Ordinal);
        Assert.Contains(LocalBaseline, await reviewer.GetPageAsync("/patients/P2/reads/S1"), StringComparison.Ordinal);
        Assert.Contains(LocalPost, await reviewer.GetPageAsync("/patients/P2/reads/S2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_investigator_sees_no_central_read_anywhere_until_the_coordinator_releases_them_with_a_reason()
    {
        var app = await fixture.AppAsync();
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var statistician = await WebClient.SignedInAsync(app, Accounts.Statistician);
        await reviewer.PostFormAsync("/review/P1/2020-01-10/ct", "central-read", new() { ["d:M1"] = CentralBaseline });
        Assert.Contains("R1-C", await statistician.GetPageAsync("/patients/P1/imaging"), StringComparison.Ordinal);

        var failures = new StringBuilder();
        foreach (var route in MatrixRoutes().Append("/patients/P1/reads/R1-C").Append("/export/cohort.xlsx"))
            await NoValue(failures, investigator, route, "R1-C", CentralBaseline);
        Assert.True(failures.Length == 0, failures.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await investigator.GetAsync("/patients/P1/reads/R1-C")).StatusCode);
        var token = await investigator.TokenAsync("/patients/P1/imaging");
        var probe = await investigator.PostJsonAsync("/patients/P1/reads/R1-C/measurements", new { cells = new Dictionary<string, string>(), reason = "probe" }, token);
        Assert.Equal(HttpStatusCode.NotFound, probe.StatusCode);

        var unexplained = await coordinator.PostFormAsync("/settings/central-reads", "central-reads", new() { ["released"] = "yes", ["reason"] = " " });
        Assert.Contains("Nothing was saved", await unexplained.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await investigator.GetAsync("/patients/P1/reads/R1-C")).StatusCode);

        await coordinator.PostFormAsync("/settings/central-reads", "central-reads", new() { ["released"] = "yes", ["reason"] = "central review closed" });
        Assert.Contains("R1-C", await investigator.GetPageAsync("/patients/P1/imaging"), StringComparison.Ordinal);
        Assert.Contains(CentralBaseline, await investigator.GetPageAsync("/patients/P1/reads/R1-C"), StringComparison.Ordinal);
        Assert.Contains(CentralBaseline, await investigator.GetPageAsync("/patients/P1/audit.csv"), StringComparison.Ordinal);
        Assert.Contains("R1-C", await Body(await investigator.GetAsync("/export/cohort.zip")), StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        var release = db.AuditEntries.AsNoTracking().Single(e => e.Entity == "study_settings");
        Assert.Equal((Accounts.Coordinator, "central review closed"), (release.User, release.Reason));
    }

    [Fact]
    public async Task An_identifier_in_use_in_another_centre_locked_or_not_or_in_ones_own_gets_the_same_neutral_answer()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/patients/new", CaseReportFormTests.PageForm, CaseReportFormTests.NewPatient("P8", "C2"))).StatusCode);
        await coordinator.PostFormAsync("/patients/P8/lock", "signature", new() { ["password"] = Accounts.Password });
        using (var db = app.OpenDatabase())
            Assert.True(db.Set<Lutetia.Storage.Workflow.RecordLockRow>().Any(l => l.PatientId == "P8"));

        var answers = new List<(HttpStatusCode Status, string Problem)>();
        foreach (var id in new[] { "P2", "P8", "P1" })
            answers.Add(await Problem(await investigator.PostFormAsync("/patients/new", CaseReportFormTests.PageForm, CaseReportFormTests.NewPatient(id, "C1"))));
        var reads = HtmlForm.Fields(await investigator.GetPageAsync("/patients/P1/imaging"), CaseReportFormTests.PageForm);
        (reads["reads/new:read_id"], reads["reads/new:exam_date"], reads["reads/new:modality"], reads["reads/new:reader"]) = ("S1", "2020-09-01", "ct", "local");
        answers.Add(await Problem(await investigator.PostRawAsync("/patients/P1/imaging", reads)));
        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, TableForm.UnavailableIdentifier), a));
    }

    [Fact]
    public async Task Every_download_tells_caches_not_to_store_it()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        string[] downloads =
        [
            "/export/cohort.xlsx", "/export/cohort.zip", "/export/r.zip", "/export/spss.zip", "/export/odm.zip",
            "/analysis/report.html", "/analysis/report.html?download=1", "/patients/P1/audit.csv", "/patients/P1/imaging",
        ];
        foreach (var path in downloads)
        {
            var response = await coordinator.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    /// <summary>Records a failure when the route's answer (a page, or every file of a zip or xlsx) shows one of the values.</summary>
    private static async Task NoValue(StringBuilder failures, WebClient client, string route, params string[] values)
    {
        var response = await client.GetAsync(route);
        // The skip link of a refusal page repeats the address the client asked for (its own words, not
        // the server's data): that echo alone is left out of the check.
        var body = (await Body(response)).Replace($"href=\"{route}#content\"", "", StringComparison.Ordinal);
        foreach (var value in values.Where(v => body.Contains(v, StringComparison.Ordinal)))
            failures.AppendLine(Shown(route, (int)response.StatusCode, value));
    }

    private static string Shown(string route, int status, string value) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"GET {route} ({status}) shows {value}");

    /// <summary>The text of a response: a zip's (an xlsx is one) files one after another.</summary>
    private static async Task<string> Body(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
            return Encoding.UTF8.GetString(bytes);
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).Append('\n');
        }
        return text.ToString();
    }

    private static async Task<(HttpStatusCode, string)> Problem(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var problem = ProblemPattern().Match(html);
        return (response.StatusCode, problem.Success ? WebUtility.HtmlDecode(problem.Groups[1].Value) : $"(no problem shown) {html[..Math.Min(html.Length, 200)]}");
    }

    [GeneratedRegex("<p class=\"problem\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ProblemPattern();
}
