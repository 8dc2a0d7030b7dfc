using System.Text;

namespace Lutetia.Web.Tests;

/// <summary>
/// The authorization matrix of the web application (docs/web.md, Roles): anonymous, each role, own centre against another centre,
/// over every page and endpoint, each answer asserted — L: the sign-in page, F: 403, N: 404, A: allowed.
/// The columns are anonymous, coordinator, investigator (centre C1, so P1 is theirs and P2 is not),
/// reviewer, statistician. The reviewer's F on the imaging pages is the blinding: both patients have
/// exams waiting for their central read (BlindingTests follow one through).
/// </summary>
public abstract class AuthorizationMatrixTests(AppFixture fixture)
{
    internal static readonly string?[] Users = [null, Accounts.Coordinator, Accounts.Investigator, Accounts.Reviewer, Accounts.Statistician];

    /// <summary>GET path, expected answers.</summary>
    public static readonly (string Path, string Expected)[] Pages =
    [
        ("/", "LAAAA"),
        ("/patients", "LAAAA"),
        ("/dashboard", "LAAAA"),
        ("/dashboard?centre=C1", "LAAAA"),
        ("/patients/new", "LAAFF"),
        ("/patients/P1", "LAAAA"),
        ("/patients/P2", "LANAA"),
        ("/patients/P1/cycles", "LAAFA"),
        ("/patients/P2/cycles", "LANFA"),
        ("/patients/P1/imaging", "LAAFA"),
        ("/patients/P2/imaging", "LANFA"),
        ("/patients/P1/reads/R1", "LAAFA"),
        ("/patients/P2/reads/S1", "LANFA"),
        ("/patients/P1/reads/S1", "LNNNN"),
        ("/patients/P1/clinical", "LAAFA"),
        ("/patients/P2/clinical", "LANFA"),
        ("/patients/P1/follow-up", "LAAFA"),
        ("/patients/P2/follow-up", "LANFA"),
        ("/patients/P1/audit", "LAAFA"),
        ("/patients/P2/audit", "LANFA"),
        ("/patients/P1/audit.csv", "LAAFA"),
        ("/patients/P2/audit.csv", "LANFA"),
        ("/patients/NOBODY", "LNNNN"),
        ("/import", "LAFFF"),
        ("/export", "LAAFF"),
        ("/export/cohort.xlsx", "LAAFF"),
        ("/export/cohort.zip", "LAAFF"),
        ("/export/cohort.zip?center=C2", "LANFF"),
        ("/export/cohort.zip?center=C1", "LAAFF"),
        ("/centres", "LAFFF"),
        ("/accounts", "LAFFF"),
        ("/settings/central-reads", "LAFFF"),
        ("/settings", "LAFFF"),
        ("/account/password", "LAAAA"),
        ("/account/two-factor", "LAAAA"),
        ("/login/two-factor", "AAAAA"),
    ];

    /// <summary>
    /// POST path, form name, expected answers (a form posted with a valid token and nothing changed). A patient page is one
    /// form of all its tables (<see cref="CaseReportFormTests.PageForm"/>): each page of each patient once.
    /// </summary>
    public static readonly (string Path, string Handler, string Expected)[] Forms =
    [
        ("/patients/new", CaseReportFormTests.PageForm, "LAAFF"),
        ("/patients/P1", CaseReportFormTests.PageForm, "LAAFF"),
        ("/patients/P2", CaseReportFormTests.PageForm, "LANFF"),
        ("/patients/P1/cycles", CaseReportFormTests.PageForm, "LAAFF"),
        ("/patients/P2/cycles", CaseReportFormTests.PageForm, "LANFF"),
        ("/patients/P1/imaging", CaseReportFormTests.PageForm, "LAAFF"),
        ("/patients/P2/imaging", CaseReportFormTests.PageForm, "LANFF"),
        ("/patients/P1/clinical", CaseReportFormTests.PageForm, "LAAFF"),
        ("/patients/P2/clinical", CaseReportFormTests.PageForm, "LANFF"),
        ("/patients/P1/follow-up", CaseReportFormTests.PageForm, "LAAFF"),
        ("/patients/P2/follow-up", CaseReportFormTests.PageForm, "LANFF"),
        ("/import", "import", "LAFFF"),
        ("/centres", "add-centre", "LAFFF"),
        ("/centres", "rename-centre", "LAFFF"),
        ("/accounts", "add-account", "LAFFF"),
        ("/settings/central-reads", "central-reads", "LAFFF"),
        ("/accounts", "disable-account", "LAFFF"),
        ("/accounts", "enable-account", "LAFFF"),
        ("/accounts", "reset-password", "LAFFF"),
        ("/accounts", "change-role", "LAFFF"),
        ("/settings", "study-setting", "LAFFF"),
        ("/account/password", "change-password", "LAAAA"),
    ];

    /// <summary>The lesion grid's save endpoint (JSON, token in the header), expected answers; U: 401 (an API is not sent to a sign-in page).</summary>
    public static readonly (string Path, string Expected)[] Endpoints =
    [
        ("/patients/P1/reads/R2/measurements", "UAAFF"),
        ("/patients/P2/reads/S2/measurements", "UANFF"),
        ("/patients/P1/reads/S2/measurements", "UNNFF"),
    ];

    [Fact]
    public async Task Every_page_answers_each_role_and_centre_as_the_matrix_says()
    {
        var app = await fixture.AppAsync();
        var failures = new StringBuilder();
        for (var u = 0; u < Users.Length; u++)
        {
            using var client = await WebClient.SignedInAsync(app, Users[u]);
            foreach (var (path, expected) in Pages)
                Check(failures, "GET", path, Users[u], expected[u], await client.GetAsync(path));
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public async Task Every_form_answers_each_role_and_centre_as_the_matrix_says()
    {
        var app = await fixture.AppAsync();
        var failures = new StringBuilder();
        for (var u = 0; u < Users.Length; u++)
        {
            using var client = await WebClient.SignedInAsync(app, Users[u]);
            var token = Users[u] is null ? null : await client.TokenAsync("/patients");
            foreach (var (path, handler, expected) in Forms)
            {
                var form = new Dictionary<string, string> { ["_handler"] = handler };
                if (token is not null)
                    form["__RequestVerificationToken"] = token;
                Check(failures, "POST", $"{path} ({handler})", Users[u], expected[u], await client.PostRawAsync(path, form));
            }
            foreach (var (path, expected) in Endpoints)
            {
                var unchanged = new { cells = new Dictionary<string, string>(), reason = "matrix" };
                Check(failures, "POST", path, Users[u], expected[u], await client.PostJsonAsync(path, unchanged, token));
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    internal static void Check(StringBuilder failures, string method, string what, string? user, char expected, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? "";
        var actual = status switch
        {
            302 when location.Contains("/login?ReturnUrl", StringComparison.OrdinalIgnoreCase) => 'L',
            401 => 'U',
            403 => 'F',
            404 => 'N',
            >= 200 and < 300 => 'A',
            302 => 'A',
            _ => '?',
        };
        if (actual != expected)
            failures.AppendLine($"{method} {what} as {user ?? "anonymous"}: expected {expected}, got {status} {location}");
    }
}
