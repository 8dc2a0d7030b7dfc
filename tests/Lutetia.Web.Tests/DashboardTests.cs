using System.Net;
using System.Text.RegularExpressions;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;

namespace Lutetia.Web.Tests;

/// <summary>
/// The record-status dashboard over HTTP (docs/web.md, "The study at a glance"): a patient in each
/// state, the counts, the per-centre isolation attacked by the query string, and the landing after
/// sign-in per role.
/// </summary>
public abstract partial class DashboardTests(AppFixture fixture)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The states of a patient's line, in the forms' order (patient, cycles, imaging, clinical, follow-up).</summary>
    private static string[] States(string html, string patient)
    {
        var line = Regex.Match(html, $"<th scope=\"row\"><a href=\"/patients/{patient}\">{patient}</a></th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(line.Success, $"no line for {patient} on the dashboard");
        return [.. StatePattern().Matches(line.Groups[1].Value).Select(m => m.Groups[1].Value)];
    }

    /// <summary>P3 (C1): a new patient with an issue on its tumour form; P4 (C1): a finished record.</summary>
    private static void AddPatients(LutetiaAppFactory app)
    {
        using var db = app.OpenDatabase("test:dashboard");
        db.Reason = "dashboard test";
        var p3 = new Patient
        {
            Id = new PatientId("P3"),
            Center = new CenterId("C1"),
            Sex = Sex.Male,
            PrimarySite = PrimarySite.Ileum,
            Differentiation = Differentiation.Well,
            PriorPrrt = false,
            LastNewsDate = new DateOnly(2021, 3, 1),
        };
        var p4 = p3 with
        {
            Id = new PatientId("P4"),
            BirthDate = new DateOnly(1950, 1, 1),
            DiagnosisDate = new DateOnly(2019, 1, 1),
            WhoGrade = WhoGrade.G1,
            Ki67Percent = 2m,
            Ecog = 0,
            MmRetractile = true,
            PrrtStopReason = PrrtStopReason.Completed,
        };
        var id = new PatientId("P4");
        db.Patients.AddRange(PatientRow.From(p3), PatientRow.From(p4));
        db.PrrtCycles.Add(PrrtCycleRow.From(new PrrtCycle(id, 1, new DateOnly(2020, 2, 1), 7.4m, DoseLevel.Full)));
        db.Lesions.Add(LesionRow.From(new Lesion(id, new LesionId("M1"), LesionSite.Mesentery, true, true, LesionRole.Target)));
        db.Reads.Add(ReadRow.From(new Read(new ReadId("R41"), id, new DateOnly(2020, 1, 5), Modality.Ct, Reader.Local)));
        db.Measurements.Add(MeasurementRow.From(new Measurement { Read = new ReadId("R41"), Lesion = new LesionId("M1"), DiameterMm = 30m }, id));
        db.Labs.Add(LabRow.From(new LabResult(id, new DateOnly(2020, 1, 20), LabTest.Cga, 120m, 100m)));
        db.SaveChanges();
        db.Add(new DataQualityIssueRow
        {
            CenterId = "C1",
            PatientId = "P3",
            TableName = "patients",
            RecordKey = "P3",
            Field = "ki67_percent",
            Rule = "test",
            Severity = Severity.Warning,
            Message = "Ki-67 is blank",
            Hint = "enter it",
            FoundAtUtc = DateTime.UtcNow,
        });
        db.SaveChanges();
    }

    [Fact]
    public async Task Every_state_shows_in_its_cell_with_its_word_and_links_to_its_form_and_the_counts_add_up()
    {
        var app = await fixture.AppAsync();
        AddPatients(app);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var raise = await coordinator.PostFormAsync("/patients/P1/queries/new", "raise",
            new() { ["record"] = "prrt_cycles|P1/1", ["field"] = "activity_gbq", ["text"] = "Activity of cycle 1?" });
        Assert.Equal(HttpStatusCode.Redirect, raise.StatusCode);
        var locked = Text(await (await coordinator.PostFormAsync("/patients/P2/lock", "signature", new() { ["password"] = Accounts.Password })).Content
            .ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Record locked", locked, StringComparison.Ordinal);

        var html = await coordinator.GetPageAsync("/dashboard");
        Assert.Equal(["incomplete", "query", "complete", "empty", "complete"], States(html, "P1"));
        Assert.Equal(["locked", "locked", "locked", "locked", "locked"], States(html, "P2"));
        Assert.Equal(["issues", "empty", "empty", "empty", "complete"], States(html, "P3"));
        Assert.Equal(["complete", "complete", "complete", "complete", "complete"], States(html, "P4"));
        var text = Text(html);
        Assert.Contains("open query", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/patients/P1/cycles\" data-state=\"query\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/patients/P3\" data-state=\"issues\"", html, StringComparison.Ordinal);
        // C1: 3 patients, 1 with an open query, 1 with issues, 2 with an empty form, 1 incomplete, 1 complete.
        Assert.Contains("aria-label=\"centre C1, open query: 1\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"centre C1, empty: 2\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"centre C1, complete: 1\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"centre C2, locked: 1\"", html, StringComparison.Ordinal);

        var filtered = await coordinator.GetPageAsync("/dashboard?state=empty&sort=patient&dir=desc");
        Assert.True(filtered.IndexOf(">P3<", StringComparison.Ordinal) < filtered.IndexOf(">P1<", StringComparison.Ordinal), "P3 before P1, descending");
        Assert.DoesNotContain(">P4</a></th>", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain(">P2</a></th>", filtered, StringComparison.Ordinal);
        var searched = await coordinator.GetPageAsync("/dashboard?q=p4");
        Assert.Contains(">P4</a></th>", searched, StringComparison.Ordinal);
        Assert.DoesNotContain(">P1</a></th>", searched, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_investigator_never_sees_another_centres_patients_or_counts_whatever_the_query_string_asks()
    {
        var app = await fixture.AppAsync();
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        var own = await investigator.GetPageAsync("/dashboard");
        Assert.Contains(">P1</a></th>", own, StringComparison.Ordinal);
        foreach (var attack in new[] { "/dashboard", "/dashboard?q=P2", "/dashboard?state=locked", "/dashboard?sort=centre&dir=desc", "/dashboard?centre=C1&page=2" })
        {
            // The search typed is echoed in the form and links; no line, link or count of P2 or C2 is shown.
            var html = await investigator.GetPageAsync(attack);
            Assert.DoesNotContain("/patients/P2", html, StringComparison.Ordinal);
            foreach (var other in new[] { "centre C2", "Centre C2", ">C2<", "centre=C2" })
                Assert.DoesNotContain(other, html, StringComparison.Ordinal);
            Assert.Contains("aria-label=\"centre C1, locked: 0\"", html, StringComparison.Ordinal);
        }
        var body = Text(await investigator.GetPageAsync("/dashboard?centre=C2"));
        Assert.Contains("may not see the patients of centre C2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/patients/P2", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Accounts.Statistician, "/analysis")]
    [InlineData(Accounts.Coordinator, "/dashboard")]
    [InlineData(Accounts.Investigator, "/dashboard")]
    [InlineData(Accounts.Reviewer, "/patients")]
    public async Task Each_role_lands_on_its_own_page_after_signing_in(string email, string landing)
    {
        var app = await fixture.AppAsync();
        using var client = new WebClient(app);
        var signedIn = await client.PostFormAsync("/login", "login", new() { ["email"] = email, ["password"] = Accounts.Password });
        Assert.Equal("/", WebClient.Target(signedIn));
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(landing, WebClient.Target(home));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(landing)).StatusCode);
    }

    [Theory]
    [InlineData("/patients/P1/cycles", "/patients/P1/cycles")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    public async Task Signing_in_keeps_a_local_return_address_and_never_redirects_to_another_site(string returnUrl, string expected)
    {
        var app = await fixture.AppAsync();
        using var client = new WebClient(app);
        var signedIn = await client.PostFormAsync("/login", "login",
            new() { ["email"] = Accounts.Coordinator, ["password"] = Accounts.Password, ["returnUrl"] = returnUrl });
        Assert.Equal(expected, WebClient.Target(signedIn));
    }

    [GeneratedRegex("data-state=\"([a-z]+)\"")]
    private static partial Regex StatePattern();
}
