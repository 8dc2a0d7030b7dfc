using System.Net;
using Lutetia.Domain;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// The server takes no original value from the request, over HTTP: a form's hidden <c>was:</c> and <c>version:</c> fields,
/// altered by the person posting, can neither change a stored value without its audit entry, reason
/// and version, nor write an old value the database never held, nor record a change that did not
/// happen. After each attack the trail replayed gives exactly the stored rows.
/// </summary>
public abstract class AuditTamperingTests(AppFixture fixture)
{
    /// <summary>The page's one form (every table of it, one save, one reason).</summary>
    private static async Task<Dictionary<string, string>> Open(WebClient client, string page)
    {
        var fields = HtmlForm.Fields(await client.GetPageAsync(page), CaseReportFormTests.PageForm);
        Assert.Equal(CaseReportFormTests.PageForm, fields["_handler"]);
        return fields;
    }

    /// <summary>The prefix of the table (<c>symptoms/</c>) and the row key of its first stored row that has this column.</summary>
    private static (string Table, string Row) RowOf(Dictionary<string, string> fields, string column)
    {
        var name = fields.Keys.First(k => k.Contains("/was:", StringComparison.Ordinal) && k.EndsWith(":" + column, StringComparison.Ordinal));
        var slash = name.IndexOf('/', StringComparison.Ordinal) + 1;
        return (name[..slash], name[slash..].Split(':')[1]);
    }

    private static async Task<string> Body(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    private static (long Entries, int Version) State(LutetiaDbContext db, IQueryable<CohortRow> row) =>
        (db.AuditEntries.LongCount(), row.AsNoTracking().Single().Version);

    private static void AssertReplayGivesTheDatabase(LutetiaAppFactory app)
    {
        using var db = app.OpenDatabase();
        Assert.True(AuditTrail.Verify(db).IsIntact);
        var replay = AuditReplay.Reconcile(db);
        Assert.True(replay.IsIntact, string.Join("\n", replay.Differences.Select(d => d.Describe())));
    }

    [Fact]
    public async Task A_silent_edit_of_a_patient_with_was_set_to_the_new_value_changes_nothing_and_says_the_form_was_altered()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var before = app.OpenDatabase();
        var (entries, version) = State(before, before.Patients.Where(p => p.PatientId == "P1"));
        var form = await Open(client, "/patients/P1");
        var (t, row) = RowOf(form, "ecog");
        form[$"{t}{row}:ecog"] = "3";
        form[$"{t}was:{row}:ecog"] = "3";
        form["reason"] = "";

        var response = await client.PostRawAsync("/patients/P1", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the form was altered. Nothing was saved", await Body(response), StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        var patient = db.Patients.Single(p => p.PatientId == "P1");
        Assert.NotEqual(3, patient.Ecog);
        Assert.Equal((entries, version), (db.AuditEntries.LongCount(), patient.Version));
        AssertReplayGivesTheDatabase(app);
    }

    [Fact]
    public async Task A_silent_edit_of_a_symptom_with_was_and_version_set_to_what_is_stored_is_an_audited_change_needing_a_reason()
    {
        var app = await fixture.AppAsync();
        using (var seed = app.OpenDatabase("test:seed"))
        {
            seed.Symptoms.Add(new SymptomRow { PatientId = "P1", Date = new(2020, 3, 1), Domain = SymptomDomain.Mm, Symptom = Symptom.Diarrhea, Intensity = 3 });
            seed.SaveChanges();
        }
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var form = await Open(client, "/patients/P1/clinical");
        var (t, row) = RowOf(form, "intensity");
        using var before = app.OpenDatabase();
        var sequence = long.Parse(row, System.Globalization.CultureInfo.InvariantCulture);
        var (entries, version) = State(before, before.Symptoms.Where(s => s.Sequence == sequence));
        form[$"{t}{row}:intensity"] = "7";
        form[$"{t}was:{row}:intensity"] = "7";

        // The silent edit: no reason. It is a conflict (the form says 7, the row holds 3).
        var silent = await client.PostRawAsync("/patients/P1/clinical", form);
        Assert.Equal(HttpStatusCode.OK, silent.StatusCode);
        Assert.Contains("the form was altered", await Body(silent), StringComparison.Ordinal);

        // With was: telling the truth it is a change like any other: the reason is asked for, then the entry has the stored old value.
        form[$"{t}was:{row}:intensity"] = "3";
        var refused = await client.PostRawAsync("/patients/P1/clinical", form);
        Assert.Contains("needs a reason", await Body(refused), StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
            Assert.Equal((3m, entries, version), (db.Symptoms.Single(s => s.Sequence == sequence).Intensity, db.AuditEntries.LongCount(), db.Symptoms.Single(s => s.Sequence == sequence).Version));
        form["reason"] = "intensity from the consultation letter";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostRawAsync("/patients/P1/clinical", form)).StatusCode);
        using (var db = app.OpenDatabase())
        {
            var entry = db.AuditEntries.OrderByDescending(e => e.Id).First(e => e.Entity == "symptoms");
            Assert.Equal(($"P1/#{sequence}", "intensity", "3", "7", "intensity from the consultation letter"),
                (entry.EntityKey, entry.Field, entry.OldValue, entry.NewValue, entry.Reason));
            Assert.Equal(version + 1, db.Symptoms.Single(s => s.Sequence == sequence).Version);
        }
        AssertReplayGivesTheDatabase(app);
    }

    [Fact]
    public async Task A_forged_old_value_is_refused_and_the_trail_keeps_the_stored_one()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var before = app.OpenDatabase();
        var (entries, version) = State(before, before.Patients.Where(p => p.PatientId == "P2"));
        var stored = before.Patients.AsNoTracking().Single(p => p.PatientId == "P2").Ki67Percent;
        var form = await Open(client, "/patients/P2");
        var (t, row) = RowOf(form, "ki67_percent");
        form[$"{t}{row}:ki67_percent"] = "2.5";
        form[$"{t}was:{row}:ki67_percent"] = "95";
        form["reason"] = "typo";

        var response = await client.PostRawAsync("/patients/P2", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the form says ki67_percent was \"95\"", await Body(response), StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
        {
            Assert.Equal((stored, version, entries), (db.Patients.Single(p => p.PatientId == "P2").Ki67Percent,
                db.Patients.Single(p => p.PatientId == "P2").Version, db.AuditEntries.LongCount()));
            Assert.DoesNotContain(db.AuditEntries, e => e.OldValue == "95");
        }

        // An older version posted with the real value: someone saved since, a conflict naming who.
        form[$"{t}was:{row}:ki67_percent"] = Convert.ToString(stored, System.Globalization.CultureInfo.InvariantCulture)!;
        form[$"{t}version:{row}"] = "0";
        var stale = await client.PostRawAsync("/patients/P2", form);
        Assert.Contains("was saved by test:seed at ", await Body(stale), StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
            Assert.Equal(entries, db.AuditEntries.LongCount());
        AssertReplayGivesTheDatabase(app);
    }

    [Fact]
    public async Task An_entry_for_a_change_that_never_happened_is_not_written()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var before = app.OpenDatabase();
        var (entries, version) = State(before, before.PrrtCycles.Where(c => c.PatientId == "P2"));
        var form = await Open(client, "/patients/P2/cycles");
        var (t, row) = RowOf(form, "activity_gbq");
        // The value posted is the stored one; only was: claims another.
        form[$"{t}was:{row}:activity_gbq"] = "95";
        form["reason"] = "re-read the dosimetry sheet";

        var response = await client.PostRawAsync("/patients/P2/cycles", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = app.OpenDatabase();
        Assert.Equal((entries, version), (db.AuditEntries.LongCount(), db.PrrtCycles.Single(c => c.PatientId == "P2").Version));
        AssertReplayGivesTheDatabase(app);
    }

    [Fact]
    public async Task The_lesion_grid_records_the_stored_old_value_needs_a_reason_and_moves_the_version()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var token = await client.TokenAsync("/patients/P2/reads/S2");
        int version;
        using (var db = app.OpenDatabase())
            version = db.Measurements.Single(m => m.ReadId == "S2").Version;
        var body = new { cells = new Dictionary<string, string> { ["M1:diameter_mm"] = "33" }, reason = (string?)null };
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostJsonAsync("/patients/P2/reads/S2/measurements", body, token)).StatusCode);

        var saved = await client.PostJsonAsync("/patients/P2/reads/S2/measurements", body with { reason = "re-measured" }, token);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using (var db = app.OpenDatabase())
        {
            var entry = db.AuditEntries.OrderByDescending(e => e.Id).First(e => e.Entity == "measurements");
            Assert.Equal(("S2/M1", "diameter_mm", "31", "33", "re-measured"), (entry.EntityKey, entry.Field, entry.OldValue, entry.NewValue, entry.Reason));
            Assert.Equal(version + 1, db.Measurements.Single(m => m.ReadId == "S2").Version);
        }
        AssertReplayGivesTheDatabase(app);
    }

    [Fact]
    public async Task Tampering_at_random_with_the_hidden_fields_of_every_form_never_breaks_the_replay_of_the_trail()
    {
        const int steps = 60;
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var patient = $"Q{fixture.Provider}";
        var walk = new TamperedFormsProperty(app, client, patient, seed: 20261207);
        walk.Seed();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < steps; i++)
            answers.Add(await walk.StepAsync());
        walk.CheckAll();

        // The walk both saved changes and was refused: it tested something.
        Assert.Contains(HttpStatusCode.Redirect, answers);
        Assert.Contains(HttpStatusCode.OK, answers);
        using var db = app.OpenDatabase();
        Assert.Contains(AuditTrail.ForPatient(db, patient), e => e.Action == AuditAction.Update);
    }
}
