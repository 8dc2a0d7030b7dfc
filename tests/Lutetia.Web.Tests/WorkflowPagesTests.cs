using System.IO.Compression;
using System.Net;
using Lutetia.Domain;
using Lutetia.Reporting.Exports;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Web.Hosting;
using Lutetia.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Analysis;
using Lutetia.Workflow.DataQuality;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>The study workflow's pages on the test cohort: central review, queries, record locks, data quality, analysis and the statistics exports.</summary>
public abstract class WorkflowPagesTests(AppFixture fixture)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The text of the page a form's post answers with.</summary>
    private static async Task<string> Posted(WebClient client, string path, string handler, Dictionary<string, string> fields) =>
        Text(await (await client.PostFormAsync(path, handler, fields)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task The_reviewer_reads_an_exam_blinded_then_sees_the_local_read_and_the_agreement_page_counts_the_pair()
    {
        var app = await fixture.AppAsync();
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        var queue = await reviewer.GetPageAsync("/review");
        Assert.Contains("/review/P1/2020-01-10/ct", queue, StringComparison.Ordinal);
        Assert.Contains("/review/P1/2020-07-10/ct", queue, StringComparison.Ordinal);

        var exam = await reviewer.GetPageAsync("/review/P1/2020-01-10/ct");
        Assert.Contains("M1", exam, StringComparison.Ordinal);
        Assert.DoesNotContain(">40<", exam, StringComparison.Ordinal);
        Assert.DoesNotContain("\"40\"", exam, StringComparison.Ordinal);
        Assert.DoesNotContain(">R1", exam, StringComparison.Ordinal);
        Assert.DoesNotContain("/R1", exam, StringComparison.Ordinal);

        var refused = await Posted(reviewer, "/review/P1/2020-01-10/ct", "central-read", new() { ["d:M1"] = "forty" });
        Assert.Contains("Nothing was saved: correct the values marked below.", refused, StringComparison.Ordinal);
        Assert.Contains("Fix:", refused, StringComparison.Ordinal);

        var stored = await Posted(reviewer, "/review/P1/2020-01-10/ct", "central-read", new() { ["d:M1"] = "41.5" });
        Assert.Contains("Central read R1-C stored", stored, StringComparison.Ordinal);
        Assert.Contains("<td>41.5</td><td>40</td>", stored, StringComparison.Ordinal);
        await reviewer.PostFormAsync("/review/P1/2020-07-10/ct", "central-read", new() { ["d:M1"] = "37" });

        using (var db = app.OpenDatabase())
        {
            var central = db.Reads.AsNoTracking().Single(r => r.ReadId == "R1-C");
            Assert.Equal(Reader.Central, central.Reader);
            Assert.Equal(41.5m, db.Measurements.AsNoTracking().Single(m => m.ReadId == "R1-C").DiameterMm);
            Assert.Contains(db.AuditEntries.AsNoTracking().Where(e => e.EntityKey == "R1-C").ToList(), e => e.User == Accounts.Reviewer);
        }
        Assert.DoesNotContain("/review/P1/", await reviewer.GetPageAsync("/review"), StringComparison.Ordinal);
        var agreement = Text(await reviewer.GetPageAsync("/review/agreement"));
        Assert.Contains("Centre C1", agreement, StringComparison.Ordinal);
        Assert.Contains("1 patients, 100 % agreement", agreement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_goes_from_open_to_closed_through_the_pages_and_stays_in_the_record_and_the_centre_list_until_closed()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var raise = await coordinator.PostFormAsync("/patients/P1/queries/new", "raise",
            new() { ["record"] = "prrt_cycles|P1/1", ["field"] = "activity_gbq", ["text"] = "Activity of cycle 1?" });
        Assert.Equal(HttpStatusCode.Redirect, raise.StatusCode);
        var label = raise.Headers.Location!.ToString().Split("raised=")[1].Split('#')[0];
        var query = $"query-{label}";

        var wrongField = await Posted(coordinator, "/patients/P1/queries/new", "raise",
            new() { ["record"] = "prrt_cycles|P1/1", ["field"] = "activity", ["text"] = "?" });
        Assert.Contains("Prrt_cycles has no field \"activity\"", wrongField, StringComparison.Ordinal);

        Assert.Contains($"P1/Q{label}", await investigator.GetPageAsync("/queries/C1"), StringComparison.Ordinal);
        Assert.Contains("not closed on this patient", await investigator.GetPageAsync("/patients/P1"), StringComparison.Ordinal);
        // Closing is one step from any status but closed; proposing a resolution still waits for the centre's answer.
        var early = await Posted(coordinator, "/patients/P1/queries", query, new() { ["action"] = "propose_resolution", ["text"] = "done" });
        Assert.Contains("it can be given a proposed resolution only when answered; nothing was saved.", early, StringComparison.Ordinal);

        await investigator.PostFormAsync("/patients/P1/queries", query, new() { ["action"] = "answer", ["text"] = "7.4 GBq, as entered." });
        await coordinator.PostFormAsync("/patients/P1/queries", query, new() { ["action"] = "propose_resolution", ["text"] = "Value confirmed." });
        var closed = await Posted(coordinator, "/patients/P1/queries", query, new() { ["action"] = "close", ["text"] = "Confirmed." });
        Assert.Contains($"Query P1/Q{label} is now closed.", closed, StringComparison.Ordinal);
        Assert.Contains("7.4 GBq, as entered.", closed, StringComparison.Ordinal);
        Assert.DoesNotContain($"P1/Q{label}<", await investigator.GetPageAsync("/queries/C1"), StringComparison.Ordinal);

        using var db = app.OpenDatabase();
        var steps = db.Set<FieldQueryStepRow>().AsNoTracking().Where(s => s.PatientId == "P1" && s.QueryNumber == int.Parse(label, System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(s => s.Step).Select(s => s.By).ToList();
        Assert.Equal([Accounts.Coordinator, Accounts.Investigator, Accounts.Coordinator, Accounts.Coordinator], steps);
    }

    [Fact]
    public async Task A_record_locked_with_the_password_refuses_the_investigators_form_and_grid_edits_with_who_and_when_until_unlocked()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var wrong = await Posted(coordinator, "/patients/P2/lock", "signature", new() { ["password"] = "not-my-password" });
        Assert.Contains("is not coordinator@lutetia.test's: re-enter your own password", wrong, StringComparison.Ordinal);

        // The form as the investigator had it open before the lock: a locked record's page shows no input any more.
        var fields = HtmlForm.Fields(await investigator.GetPageAsync("/patients/P1"), CaseReportFormTests.PageForm);
        var locked = await Posted(coordinator, "/patients/P1/lock", "signature", new() { ["password"] = Accounts.Password });
        Assert.Contains("Record locked: your signature is recorded.", locked, StringComparison.Ordinal);
        Assert.Contains("This record is locked for analysis, signed by coordinator@lutetia.test at ", locked, StringComparison.Ordinal);
        try
        {
            Assert.Contains("This record is locked for analysis, signed by coordinator@lutetia.test", Text(await investigator.GetPageAsync("/patients/P1")), StringComparison.Ordinal);
            fields[fields.Keys.Single(k => k.EndsWith(":ki67_percent", StringComparison.Ordinal) && !k.Contains("/was:", StringComparison.Ordinal))] = "5";
            fields["reason"] = "corrected from the pathology report";
            fields.Remove("_handler");
            var refused = await Posted(investigator, "/patients/P1", CaseReportFormTests.PageForm, fields);
            Assert.Contains("patient P1's record is locked for analysis: locked by coordinator@lutetia.test at ", refused, StringComparison.Ordinal);
            var grid = await investigator.PostJsonAsync("/patients/P1/reads/R2/measurements",
                new { cells = new Dictionary<string, string> { ["M1:diameter_mm"] = "30" }, reason = "re-measured" }, await investigator.TokenAsync("/patients"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, grid.StatusCode);
            Assert.Contains("record is locked for analysis", await grid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            using var db = app.OpenDatabase();
            Assert.Equal(4m, db.Patients.AsNoTracking().Single(p => p.PatientId == "P1").Ki67Percent);
            Assert.Equal(36m, db.Measurements.AsNoTracking().Single(m => m.ReadId == "R2").DiameterMm);
        }
        finally
        {
            var unlocked = await Posted(coordinator, "/patients/P1/lock", "signature",
                new() { ["password"] = Accounts.Password, ["reason"] = "query on the Ki-67" });
            Assert.Contains("Record unlocked: the signature is void.", unlocked, StringComparison.Ordinal);
            Assert.Contains("query on the Ki-67", unlocked, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_data_quality_page_lists_a_centres_issues_found_on_save_and_its_completeness_and_an_investigator_sees_their_own_centre_only()
    {
        var app = await fixture.AppAsync();
        using (var save = app.OpenDatabase(Accounts.Coordinator))
        {
            // A complication a month before P2's first dose (2020-02-03): a cross-form rule of the format.
            save.Reason = "test: a complication dated before PRRT";
            save.Add(new ComplicationRow { PatientId = "P2", Date = new DateOnly(2020, 1, 3), Type = ComplicationType.Other });
            save.SaveChanges();
        }
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var page = Text(await coordinator.GetPageAsync("/quality/C2"));
        using var db = app.OpenDatabase();
        var ct = TestContext.Current.CancellationToken;
        var coordinatorAccount = new Account(Accounts.Coordinator, LutetiaRole.Coordinator, null);
        var issues = (await new CenterIssues(db).RunAsync(coordinatorAccount, "C2", ct)).Value;
        Assert.Contains(issues, i => i.PatientId == "P2" && i.Table == "complications");
        Assert.Contains($"Open issues ({issues.Count})", page, StringComparison.Ordinal);
        foreach (var issue in issues)
            Assert.Contains(issue.Message, page, StringComparison.Ordinal);

        var own = Text(await investigator.GetPageAsync("/quality/C1"));
        var user = new Account(Accounts.Investigator, LutetiaRole.Investigator, "C1");
        Assert.Contains($"Open issues ({(await new CenterIssues(db).RunAsync(user, "C1", ct)).Value.Count})", own, StringComparison.Ordinal);
        Assert.DoesNotContain("complications", own, StringComparison.Ordinal);
        foreach (var gap in (await new CenterCompleteness(db, StudyProtocol.Published).RunAsync(user, "C1", ct)).Value)
            Assert.Contains(gap.Missing, own, StringComparison.Ordinal);
        Assert.DoesNotContain("/quality/C2", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Recompute", own, StringComparison.Ordinal);

        db.Database.ExecuteSqlRaw("DELETE FROM data_quality_issues");
        var recomputed = await Posted(coordinator, "/quality/C2", "refresh", []);
        Assert.Contains($"Recomputed: {issues.Count} open issue", recomputed, StringComparison.Ordinal);
        Assert.Equal(issues, (await new CenterIssues(db).RunAsync(coordinatorAccount, "C2", ct)).Value);
    }

    [Fact]
    public async Task A_form_saved_through_the_application_refreshes_the_patients_data_quality_issues()
    {
        // The web application's own contexts carry the data-quality observer (LutetiaDatabaseFactory): a
        // complication entered through P2's form a month before the first dose (2020-02-03), which no
        // cell rule refuses, is at once an open issue of the patient, on the centre's quality page.
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var form = HtmlForm.Fields(await coordinator.GetPageAsync("/patients/P2/clinical"), CaseReportFormTests.PageForm);
        form["complications/new:date"] = "2020-01-05";
        form["complications/new:type"] = "other";
        form["complications/new:corticosteroids"] = "no";
        var saved = await coordinator.PostRawAsync("/patients/P2/clinical", form);
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, saved.StatusCode.ToString());
        using var db = app.OpenDatabase();
        var issue = Assert.Single(db.Set<DataQualityIssueRow>().AsNoTracking()
            .Where(i => i.PatientId == "P2" && i.TableName == "complications" && i.Value == form["complications/new:date"]).ToList());
        Assert.Equal(("C2", "complication_date"), (issue.CenterId, issue.Rule));
        Assert.Contains(issue.Message, Text(await coordinator.GetPageAsync("/quality/C2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analysis_page_runs_the_report_on_the_live_database_and_derives_a_patients_endpoints_on_demand()
    {
        var app = await fixture.AppAsync();
        using var statistician = await WebClient.SignedInAsync(app, Accounts.Statistician);
        var page = Text(await statistician.GetPageAsync("/analysis?patient=P1"));
        Assert.Contains("2 patients screened", page, StringComparison.Ordinal);
        Assert.Contains("P1: ", page, StringComparison.Ordinal);
        Assert.Contains("<li><b>", page, StringComparison.Ordinal);
        Assert.Contains("There is no patient P9", Text(await statistician.GetPageAsync("/analysis?patient=P9")), StringComparison.Ordinal);

        var report = await statistician.GetAsync("/analysis/report.html");
        Assert.Equal(WorkflowEndpoints.ReportPolicy, report.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("MesenLuth analysis of the live Lutetia database", await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var download = await statistician.GetAsync("/analysis/report.html?download=1");
        Assert.Equal("report.html", download.Content.Headers.ContentDisposition!.FileName);
    }

    [Theory]
    [InlineData("r", RExport.ScriptName)]
    [InlineData("spss", SpssExport.SyntaxName)]
    [InlineData("odm", OdmExport.FileName)]
    public async Task A_statistics_export_downloads_as_a_zip_and_an_investigators_holds_their_centre_only(string format, string file)
    {
        var app = await fixture.AppAsync();
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        using var statistician = await WebClient.SignedInAsync(app, Accounts.Statistician);
        var own = await Entries(await investigator.GetAsync($"/export/{format}.zip?center=C1"));
        var all = await Entries(await statistician.GetAsync($"/export/{format}.zip"));
        Assert.Contains(file, own.Keys);
        Assert.Equal(all.Keys.Order(), own.Keys.Order());
        var ownText = string.Concat(own.Values);
        var allText = string.Concat(all.Values);
        Assert.Contains("P1", ownText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"P2\"", ownText, StringComparison.Ordinal);
        Assert.DoesNotContain("P2,", ownText, StringComparison.Ordinal);
        Assert.Contains("P2", allText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_of_a_study_with_nobody_included_yet_still_opens_without_its_figures()
    {
        await using var app = await LutetiaAppFactory.StartAsync(DatabaseProvider.Sqlite, empty: true);
        using (var db = app.OpenDatabase())
            await Accounts.Add(db, Accounts.Statistician, LutetiaRole.Statistician, null);
        using var statistician = await WebClient.SignedInAsync(app, Accounts.Statistician);
        var report = await statistician.GetAsync("/analysis/report.html");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("0 patients screened, 0 included", await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> Entries(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            entries[entry.FullName] = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        }
        return entries;
    }
}
