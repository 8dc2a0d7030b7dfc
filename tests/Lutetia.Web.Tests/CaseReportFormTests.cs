using System.Net;
using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>The case report forms through HTTP, as a browser posts them: the format's messages, reasons, conflicts, audit, centres.</summary>
public abstract class CaseReportFormTests(AppFixture fixture)
{
    /// <summary>The handler of a patient page's one form (all its tables, one save, one reason).</summary>
    internal const string PageForm = "crf";

    internal static Dictionary<string, string> NewPatient(string id, string center) => new()
    {
        ["patients/new:patient_id"] = id,
        ["patients/new:center_id"] = center,
        ["patients/new:sex"] = "male",
        ["patients/new:primary_site"] = "ileum",
        ["patients/new:differentiation"] = "well",
        ["patients/new:prior_prrt"] = "no",
        ["patients/new:last_news_date"] = "2021-05-01",
        ["patients/new:ki67_percent"] = "3.5",
    };

    private static async Task<HttpResponseMessage> Create(WebClient client, string id, string center, string? ki67 = null)
    {
        var fields = NewPatient(id, center);
        if (ki67 is not null)
            fields["patients/new:ki67_percent"] = ki67;
        return await client.PostFormAsync("/patients/new", PageForm, fields);
    }

    /// <summary>Loads a patient's form, changes some cells as a user would, and posts what the browser would.</summary>
    private static async Task<HttpResponseMessage> Edit(WebClient client, string page, Dictionary<string, string> fields, string? reason)
    {
        var posted = fields;
        if (reason is not null)
            posted["reason"] = reason;
        return await client.PostRawAsync(page, posted);
    }

    /// <summary>The page's one form, every table of it (names after their form: <c>patients/3:ecog</c>).</summary>
    private static async Task<Dictionary<string, string>> Open(WebClient client, string page)
    {
        var fields = HtmlForm.Fields(await client.GetPageAsync(page), PageForm);
        Assert.Equal(PageForm, fields["_handler"]);
        return fields;
    }

    /// <summary>The name of a stored row's cell of that column: <c>patients/3:ecog</c>.</summary>
    private static string CellOf(Dictionary<string, string> fields, string column) =>
        fields.Keys.Single(k => k.EndsWith(":" + column, StringComparison.Ordinal) && !k.Contains("/was:", StringComparison.Ordinal)
            && !k.Contains("/new", StringComparison.Ordinal));

    [Fact]
    public async Task Bad_input_gets_the_message_of_the_format_rules_not_an_error_page()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var response = await Create(client, $"B{fixture.Provider}", "C1", ki67: "12,5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var expected = CohortFormat.Table("patients")!.Column("ki67_percent")!.Check("12,5")!.Value;
        // The format's message and hint, the column named by its label ("Ki-67 (%)", not ki67_percent).
        Assert.Contains(Lutetia.Web.Forms.ColumnLabels.InWords($"{expected.Message}. Fix: {expected.Hint}", ["ki67_percent"]), html, StringComparison.Ordinal);
        Assert.DoesNotContain("ki67_percent", html.Replace(":ki67_percent\"", "", StringComparison.Ordinal).Replace("-ki67_percent", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        Assert.False(db.Patients.Any(p => p.PatientId == $"B{fixture.Provider}"));
    }

    [Fact]
    public async Task A_change_after_the_first_save_asks_for_a_reason_and_the_audit_trail_shows_it()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var id = $"R{fixture.Provider}";
        var created = await Create(client, id, "C1");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith($"/patients/{id}", created.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var form = await Open(client, $"/patients/{id}");
        form[CellOf(form, "ki67_percent")] = "4.5";
        var refused = await Edit(client, $"/patients/{id}", form, reason: null);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("needs a reason", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var saved = await Edit(client, $"/patients/{id}", form, reason: "corrected from the pathology report");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var audit = WebUtility.HtmlDecode(await client.GetPageAsync($"/patients/{id}/audit"));
        Assert.Contains("ki67_percent", audit, StringComparison.Ordinal);
        Assert.Contains("corrected from the pathology report", audit, StringComparison.Ordinal);
        Assert.Contains(Accounts.Investigator, audit, StringComparison.Ordinal);
        var csv = await (await client.GetAsync($"/patients/{id}/audit.csv")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("id,at_utc,user,action,table,row,patient_id,field,old_value,new_value,reason,previous_hash,hash\n", csv, StringComparison.Ordinal);
        Assert.Contains($",{Accounts.Investigator},update,patients,{id},{id},ki67_percent,3.5,4.5,corrected from the pathology report,", csv, StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        Assert.Equal(4.5m, db.Patients.Single(p => p.PatientId == id).Ki67Percent);
    }

    [Fact]
    public async Task Two_people_saving_the_same_field_the_second_sees_the_first_ones_change()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var id = $"C{fixture.Provider}";
        Assert.Equal(HttpStatusCode.Redirect, (await Create(coordinator, id, "C1")).StatusCode);
        var first = await Open(coordinator, $"/patients/{id}");
        var second = await Open(investigator, $"/patients/{id}");
        first[CellOf(first, "ecog")] = "1";
        second[CellOf(second, "ecog")] = "2";
        Assert.Equal(HttpStatusCode.Redirect, (await Edit(coordinator, $"/patients/{id}", first, "ECOG from the consultation")).StatusCode);
        var conflict = await Edit(investigator, $"/patients/{id}", second, "ECOG from my notes");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("ecog was changed by " + Accounts.Coordinator, html, StringComparison.Ordinal);
        Assert.Contains("it is now \"1\"", html, StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        Assert.Equal(1, db.Patients.Single(p => p.PatientId == id).Ecog);
    }

    [Fact]
    public async Task Crafted_posts_get_messages_never_an_error_and_change_nothing_they_should_not()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var lesions = await Open(client, "/patients/P2/imaging");
        lesions["lesions/new:lesion_id"] = "M1";
        lesions["lesions/new:site"] = "liver";
        lesions["lesions/new:mesenteric_mass"] = "no";
        lesions["lesions/new:nodal"] = "no";
        lesions["lesions/new:role"] = "target";
        var duplicate = await client.PostRawAsync("/patients/P2/imaging", lesions);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("same key exists already", await duplicate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var patient = await Open(client, "/patients/P2");
        var row = CellOf(patient, "sex").Split(':')[0].Split('/')[1];
        patient[$"patients/delete:{row}"] = "on";
        patient[$"patients/was:{row}:last_news_date"] = "not a date";
        patient[$"patients/was:{row}:sex"] = "";
        patient[$"patients/version:{row}"] = "x";
        var tampered = await client.PostRawAsync("/patients/P2", patient);
        Assert.True(tampered.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"answered {(int)tampered.StatusCode}");
        using var db = app.OpenDatabase();
        Assert.True(db.Patients.Any(p => p.PatientId == "P2"));
        Assert.Equal(1, db.Lesions.Count(l => l.PatientId == "P2"));
    }

    [Fact]
    public async Task An_investigator_lists_and_offers_only_their_own_centre()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var list = await client.GetPageAsync("/patients");
        Assert.Contains("href=\"/patients/P1\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/patients/P2\"", list, StringComparison.Ordinal);
        var form = await client.GetPageAsync("/patients/new");
        Assert.Contains("<option value=\"C1\" selected", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"C2\"", form, StringComparison.Ordinal);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        Assert.Contains("href=\"/patients/P2\"", await coordinator.GetPageAsync("/patients"), StringComparison.Ordinal);
        Assert.Contains("<option value=\"C2\"", await coordinator.GetPageAsync("/patients/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_investigator_cannot_create_a_patient_in_another_centre()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var response = await Create(client, $"X{fixture.Provider}", "C2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("your own centre, C1, only", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        Assert.False(db.Patients.Any(p => p.PatientId == $"X{fixture.Provider}"));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var form = await Open(client, "/patients/P1");
        form.Remove("__RequestVerificationToken");
        form[CellOf(form, "ecog")] = "3";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostRawAsync("/patients/P1", form)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostRawAsync("/logout", [])).StatusCode);
        var grid = new { cells = new Dictionary<string, string> { ["M1:diameter_mm"] = "3" }, reason = "no token" };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostJsonAsync("/patients/P1/reads/R2/measurements", grid, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/patients")).StatusCode);
        using var db = app.OpenDatabase();
        Assert.NotEqual(3, db.Patients.Single(p => p.PatientId == "P1").Ecog);
        Assert.NotEqual(3m, db.Measurements.Single(m => m.ReadId == "R2").DiameterMm);
    }

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        var app = await fixture.AppAsync();
        using var anonymous = new WebClient(app);
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        var css = System.Text.RegularExpressions.Regex.Match(await anonymous.GetPageAsync("/login"), "lutetia[.][a-z0-9]+[.]css").Value;
        var responses = new[]
        {
            await anonymous.GetAsync("/login"), await anonymous.GetAsync("/patients"), await anonymous.GetAsync("/" + css),
            await reviewer.GetAsync("/patients/P1/clinical"), await reviewer.GetAsync("/patients/NOBODY"), await reviewer.GetAsync("/patients"),
        };
        Assert.Equal([200, 302, 200, 403, 404, 200], responses.Select(r => (int)r.StatusCode));
        foreach (var response in responses)
        {
            var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Fact]
    public async Task Signing_out_needs_the_form_and_ends_the_session()
    {
        var app = await fixture.AppAsync();
        using var client = await WebClient.SignedInAsync(app, Accounts.Statistician);
        var token = await client.TokenAsync("/patients");
        var response = await client.PostRawAsync("/logout", new() { ["__RequestVerificationToken"] = token });
        Assert.EndsWith("/login?signedOut=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/patients")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_five_pause_signing_in_to_that_account_from_that_address()
    {
        var app = await fixture.AppAsync();
        using (var db = app.OpenDatabase())
            await Accounts.Add(db, $"locked-{fixture.Provider}@lutetia.test".ToLowerInvariant(), LutetiaRole.Statistician, null);
        using var client = new WebClient(app);
        var email = $"locked-{fixture.Provider}@lutetia.test".ToLowerInvariant();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/login", "login", new() { ["email"] = email, ["password"] = "Wrong-password-1" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var paused = await client.PostFormAsync("/login", "login", new() { ["email"] = email, ["password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.Contains("Too many wrong passwords", await paused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
