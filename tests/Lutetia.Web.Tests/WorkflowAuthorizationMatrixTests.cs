using System.Text;

namespace Lutetia.Web.Tests;

/// <summary>
/// The authorization matrix of the study workflow's pages and endpoints, as <see cref="AuthorizationMatrixTests"/>
/// (L: the sign-in page, F: 403, N: 404, A: allowed; anonymous, coordinator, investigator of C1,
/// reviewer, statistician). P1 and P2 each have query 1 so that its form exists.
/// </summary>
public abstract class WorkflowAuthorizationMatrixTests(AppFixture fixture)
{
    public static readonly (string Path, string Expected)[] Pages =
    [
        ("/review", "LAFAF"),
        ("/review/P1/2020-01-10/ct", "LAFAF"),
        ("/review/P2/2020-01-12/ct", "LAFAF"),
        ("/review/NOBODY/2020-01-10/ct", "LNFNF"),
        ("/review/agreement", "LAFAA"),
        ("/review/agreement/all/mm_response/sd/pr", "LAFAA"),
        ("/review/agreement/C2/non_mm_response/pd/sd", "LAFAA"),
        ("/quality", "LAAAA"),
        ("/quality/C1", "LAAAA"),
        ("/quality/C2", "LANAA"),
        ("/quality/NOWHERE", "LNNNN"),
        ("/queries", "LAAAA"),
        ("/queries/C1", "LAAAA"),
        ("/queries/C2", "LANAA"),
        ("/patients/P1/queries", "LAAAA"),
        ("/patients/P2/queries", "LANAA"),
        ("/patients/NOBODY/queries", "LNNNN"),
        ("/patients/P1/issues", "LAAAA"),
        ("/patients/P2/issues", "LANAA"),
        ("/patients/NOBODY/issues", "LNNNN"),
        ("/patients/P1/queries/new", "LAFAF"),
        ("/patients/P2/queries/new", "LAFAF"),
        ("/patients/P1/queries/new?record=patients%7CP2&field=ki67_percent", "LAFAF"),
        ("/patients/P2/queries/new?record=patients%7CP2&field=ki67_percent", "LAFAF"),
        ("/patients/P1/lock", "LAAAA"),
        ("/patients/P2/lock", "LANAA"),
        ("/analysis", "LAFFA"),
        ("/analysis?patient=P1", "LAFFA"),
        ("/analysis/report.html", "LAFFA"),
        ("/analysis/derivations", "LAFFA"),
        ("/analysis/derivations?search=P2&page=1", "LAFFA"),
        ("/analysis/report.html?download=1", "LAFFA"),
        ("/export/r.zip", "LAAFA"),
        ("/export/spss.zip", "LAAFA"),
        ("/export/odm.zip", "LAAFA"),
        ("/export/r.zip?center=C2", "LANFA"),
        ("/export/odm.zip?center=C1", "LAAFA"),
        ("/export/spss.zip?center=NOWHERE", "LNNFN"),
    ];

    /// <summary>POST path, form name, expected answers: each form posted with a valid token and empty fields, which changes nothing.</summary>
    public static readonly (string Path, string Handler, string Expected)[] Forms =
    [
        ("/review/P1/2020-01-10/ct", "central-read", "LFFAF"),
        ("/review/P2/2020-01-12/ct", "central-read", "LFFAF"),
        ("/patients/P1/queries/new", "raise", "LAFAF"),
        ("/patients/P2/queries/new", "raise", "LAFAF"),
        ("/patients/P1/queries", "query-1", "LAAAF"),
        ("/patients/P2/queries", "query-1", "LANAF"),
        ("/quality/C1", "refresh", "LAFFF"),
        ("/quality/C2", "refresh", "LAFFF"),
        ("/patients/P1/lock", "signature", "LAFFF"),
        ("/patients/P2/lock", "signature", "LAFFF"),
    ];

    [Fact]
    public async Task Every_workflow_page_answers_each_role_and_centre_as_the_matrix_says()
    {
        var app = await Seeded();
        var failures = new StringBuilder();
        for (var u = 0; u < AuthorizationMatrixTests.Users.Length; u++)
        {
            using var client = await WebClient.SignedInAsync(app, AuthorizationMatrixTests.Users[u]);
            foreach (var (path, expected) in Pages)
                AuthorizationMatrixTests.Check(failures, "GET", path, AuthorizationMatrixTests.Users[u], expected[u], await client.GetAsync(path));
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public async Task Every_workflow_form_answers_each_role_and_centre_as_the_matrix_says_and_changes_nothing()
    {
        var app = await Seeded();
        int trail;
        using (var db = app.OpenDatabase())
            trail = StudyEntries(db);
        var failures = new StringBuilder();
        for (var u = 0; u < AuthorizationMatrixTests.Users.Length; u++)
        {
            using var client = await WebClient.SignedInAsync(app, AuthorizationMatrixTests.Users[u]);
            var token = AuthorizationMatrixTests.Users[u] is null ? null : await client.TokenAsync("/patients");
            foreach (var (path, handler, expected) in Forms)
            {
                var form = new Dictionary<string, string> { ["_handler"] = handler };
                if (token is not null)
                    form["__RequestVerificationToken"] = token;
                AuthorizationMatrixTests.Check(failures, "POST", $"{path} ({handler})", AuthorizationMatrixTests.Users[u], expected[u], await client.PostRawAsync(path, form));
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
        using (var db = app.OpenDatabase())
            Assert.Equal(trail, StudyEntries(db));
    }

    /// <summary>The trail's entries but the session keys', which the application adds on first use of its key ring, whoever asks.</summary>
    private static int StudyEntries(Lutetia.Storage.LutetiaDbContext db) => db.AuditEntries.Count(e => e.Entity != "data_protection_keys");

    [Fact]
    public async Task A_workflow_form_posted_without_its_antiforgery_token_is_refused()
    {
        var app = await Seeded();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var response = await coordinator.PostRawAsync("/patients/P1/lock", new() { ["_handler"] = "signature", ["password"] = Accounts.Password });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        using var db = app.OpenDatabase();
        Assert.False(db.Set<Lutetia.Storage.Workflow.RecordLockRow>().Any());
    }

    private async Task<LutetiaAppFactory> Seeded()
    {
        var app = await fixture.AppAsync();
        await WorkflowSeed.QueryOnKi67Async(app, WebCohort.OwnPatient);
        await WorkflowSeed.QueryOnKi67Async(app, WebCohort.OtherPatient);
        return app;
    }
}
