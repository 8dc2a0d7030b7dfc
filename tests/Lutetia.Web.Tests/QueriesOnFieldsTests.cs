using System.Globalization;
using System.Net;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Web.Forms;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// Queries on the field itself, over HTTP: the "query" link beside a saved field, the raise page
/// with the field's label and value read by the server, the marker while the query is open, the
/// value and the way back to the form on the queries page, closing in one step; a forged link or
/// form naming another patient's record; a lock refused while a query is open; a locked record
/// shown read-only, a save posted to it anyway refused with nothing written.
/// </summary>
public abstract class QueriesOnFieldsTests(AppFixture fixture)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private static async Task<string> Body(HttpResponseMessage response) =>
        Text(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>The trail's entries but the session keys', which the application adds on first use of its key ring, whoever asks.</summary>
    private static int StudyEntries(LutetiaDbContext db) => db.AuditEntries.Count(e => e.Entity != "data_protection_keys");

    private static async Task<int> RaiseAsync(WebClient client, string patientId, string record, string field, string text)
    {
        var raised = await client.PostFormAsync($"/patients/{patientId}/queries/new", "raise", new() { ["record"] = record, ["field"] = field, ["text"] = text });
        Assert.True(raised.StatusCode == HttpStatusCode.Redirect, await Body(raised));
        return int.Parse(WebClient.Target(raised)!.Split("raised=")[1].Split('#')[0], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_query_raised_from_the_field_shows_its_label_and_value_marks_the_field_and_closes_in_one_step_with_a_note()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        // The field's input id names its row by the record key (FieldIds.Row): P1/1 → P1_2F1; the links land on it.
        var row = FieldIds.Row("P1/1");
        Assert.Equal("P1_2F1", row);
        var link = QueryLinks.Raise("P1", "prrt_cycles", "P1/1", "activity_gbq");
        Assert.Equal("/patients/P1/queries/new?record=prrt_cycles%7CP1%2F1&field=activity_gbq", link);
        var cyclesPage = Text(await coordinator.GetPageAsync("/patients/P1/cycles"));
        Assert.Contains($"href=\"{link}\"", cyclesPage, StringComparison.Ordinal);
        Assert.Contains($"id=\"f-prrt_cycles-{row}-activity_gbq\"", cyclesPage, StringComparison.Ordinal);
        Assert.DoesNotContain("raise a query on", await investigator.GetPageAsync("/patients/P1/cycles"), StringComparison.Ordinal);

        var raisePage = Text(await coordinator.GetPageAsync(link));
        Assert.Contains("<dd>Activity (GBq) <span class=\"muted\">(prrt cycles P1/1)</span></dd>", raisePage, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"current-value\">7.4</dd>", raisePage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/patients/P1/cycles#f-prrt_cycles-{row}-activity_gbq\"", raisePage, StringComparison.Ordinal);

        var number = await RaiseAsync(coordinator, "P1", "prrt_cycles|P1/1", "activity_gbq", "Activity of cycle 1: 7.4 GBq?");
        var marked = Text(await investigator.GetPageAsync("/patients/P1/cycles"));
        Assert.Contains($"href=\"/patients/P1/queries#q{number}\" aria-label=\"? open query Q{number} on Activity (GBq)\">? open query Q{number}</a>", marked,
            StringComparison.Ordinal);
        var queries = Text(await investigator.GetPageAsync("/patients/P1/queries"));
        Assert.Contains("Current value: <strong>7.4</strong>", queries, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/patients/P1/cycles#f-prrt_cycles-{row}-activity_gbq\">open the form at this field</a>", queries, StringComparison.Ordinal);

        var closed = await Body(await coordinator.PostFormAsync("/patients/P1/queries", $"query-{number}",
            new() { ["action"] = "close", ["text"] = "Checked against the source: 7.4 GBq." }));
        Assert.Contains($"Query P1/Q{number} is now closed.", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("? open query", await investigator.GetPageAsync("/patients/P1/cycles"), StringComparison.Ordinal);
        using var check = app.OpenDatabase();
        Assert.Equal([QueryAction.Raise, QueryAction.Close],
            check.Set<FieldQueryStepRow>().AsNoTracking().Where(s => s.PatientId == "P1" && s.QueryNumber == number).OrderBy(s => s.Step).Select(s => s.Action).ToList());
    }

    [Fact]
    public async Task A_query_on_another_centres_patients_record_through_a_forged_link_or_form_is_refused_and_saves_nothing()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        int trail, queries;
        using (var db = app.OpenDatabase())
            (trail, queries) = (StudyEntries(db), db.Set<FieldQueryRow>().Count());

        var forgedLink = Text(await coordinator.GetPageAsync(QueryLinks.Raise("P1", "prrt_cycles", "P2/1", "activity_gbq")));
        Assert.Contains("Patient P1 has no prrt_cycles record P2/1", forgedLink, StringComparison.Ordinal);
        Assert.DoesNotContain("current-value", forgedLink, StringComparison.Ordinal);
        var forgedForm = await coordinator.PostFormAsync("/patients/P1/queries/new", "raise",
            new() { ["record"] = "prrt_cycles|P2/1", ["field"] = "activity_gbq", ["text"] = "?" });
        Assert.Equal(HttpStatusCode.OK, forgedForm.StatusCode);
        Assert.Contains("Patient P1 has no prrt_cycles record P2/1", await Body(forgedForm), StringComparison.Ordinal);
        var byReviewer = await reviewer.PostFormAsync("/patients/P1/queries/new", "raise", new() { ["record"] = "patients|P2", ["field"] = "ki67_percent", ["text"] = "?" });
        Assert.Contains("Patient P1 has no patients record P2", await Body(byReviewer), StringComparison.Ordinal);

        // An investigator raises no query, on their own centre's patient or another's, whatever the link says.
        var token = await investigator.TokenAsync("/patients");
        foreach (var patient in new[] { "P1", "P2" })
        {
            var response = await investigator.PostRawAsync($"/patients/{patient}/queries/new?record=patients%7C{patient}&field=ki67_percent",
                new() { ["_handler"] = "raise", ["__RequestVerificationToken"] = token, ["record"] = $"patients|{patient}", ["field"] = "ki67_percent", ["text"] = "?" });
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{patient}: {response.StatusCode}");
        }
        using var check = app.OpenDatabase();
        Assert.Equal((trail, queries), (StudyEntries(check), check.Set<FieldQueryRow>().Count()));
    }

    [Fact]
    public async Task The_raise_page_hides_the_value_of_a_read_the_reviewer_may_not_see_yet()
    {
        var app = await fixture.AppAsync();
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        Assert.Contains("/review/P1/2020-01-10/ct", await reviewer.GetPageAsync("/review"), StringComparison.Ordinal);
        var page = Text(await reviewer.GetPageAsync(QueryLinks.Raise("P1", "measurements", "R1/M1", "diameter_mm")));
        Assert.Contains("<dd id=\"current-value\">hidden from you (blinded read)</dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">40<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_with_a_query_not_closed_cannot_be_locked_and_once_locked_shows_values_as_text_and_refuses_a_posted_save()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var number = await RaiseAsync(coordinator, "P2", "patients|P2", "ki67_percent", "Ki-67 of 4 %: please confirm.");
        var cycles = HtmlForm.Fields(await coordinator.GetPageAsync("/patients/P2/cycles"), CaseReportFormTests.PageForm);
        cycles[cycles.Keys.Single(k => k.StartsWith("prrt_cycles/", StringComparison.Ordinal) && k.EndsWith(":activity_gbq", StringComparison.Ordinal)
                                    && !k.Contains("/was:", StringComparison.Ordinal) && !k.Contains("/new", StringComparison.Ordinal))] = "9.9";
        cycles["reason"] = "corrected from the dispensing record";

        var refused = await Body(await coordinator.PostFormAsync("/patients/P2/lock", "signature", new() { ["password"] = Accounts.Password }));
        Assert.Contains($"Patient P2's record has 1 query not closed: P2/Q{number} (open). Close them on the patient's queries page", refused, StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
            Assert.False(db.Set<RecordLockRow>().Any(l => l.PatientId == "P2"));

        await coordinator.PostFormAsync("/patients/P2/queries", $"query-{number}", new() { ["action"] = "close", ["text"] = "Confirmed: 4 %." });
        var locked = await Body(await coordinator.PostFormAsync("/patients/P2/lock", "signature", new() { ["password"] = Accounts.Password }));
        Assert.Contains("Record locked: your signature is recorded.", locked, StringComparison.Ordinal);
        try
        {
            var page = Text(await coordinator.GetPageAsync("/patients/P2/cycles"));
            Assert.Contains("This record is locked for analysis, signed by coordinator@lutetia.test", page, StringComparison.Ordinal);
            Assert.Matches("<span class=\"value\"[^>]*>7.4</span>", page);
            Assert.DoesNotContain(":activity_gbq\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain(">Save</button>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"reason\"", page, StringComparison.Ordinal);
            var grid = Text(await coordinator.GetPageAsync("/patients/P2/reads/S1"));
            Assert.Matches("<span class=\"value\"[^>]*>30</span>", grid);
            Assert.DoesNotContain("id=\"M1-diameter_mm\"", grid, StringComparison.Ordinal);
            Assert.DoesNotContain("grid-save", grid, StringComparison.Ordinal);

            int trail;
            using (var db = app.OpenDatabase())
                trail = StudyEntries(db);
            cycles.Remove("_handler");
            var posted = await Body(await coordinator.PostFormAsync("/patients/P2/cycles", CaseReportFormTests.PageForm, cycles));
            Assert.Contains("patient P2's record is locked for analysis: locked by coordinator@lutetia.test at ", posted, StringComparison.Ordinal);
            using var check = app.OpenDatabase();
            Assert.Equal(7.4m, check.PrrtCycles.AsNoTracking().Single(c => c.PatientId == "P2").ActivityGbq);
            Assert.Equal(trail, StudyEntries(check));
        }
        finally
        {
            var unlocked = await Body(await coordinator.PostFormAsync("/patients/P2/lock", "signature",
                new() { ["password"] = Accounts.Password, ["reason"] = "test over" }));
            Assert.Contains("Record unlocked: the signature is void.", unlocked, StringComparison.Ordinal);
        }
    }
}
