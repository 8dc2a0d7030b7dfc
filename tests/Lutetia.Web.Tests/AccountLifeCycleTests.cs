using System.Net;
using System.Text.RegularExpressions;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// The account life cycle, over HTTP as a browser posts it: disable and enable, password reset, role and
/// centre change, self-service password change. Each test makes its own accounts.
/// </summary>
public abstract partial class AccountLifeCycleTests(AppFixture fixture)
{
    public const string WrongPasswordMessage = Access.SignIn.Refused;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static async Task<string> Post(WebClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(path, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path} ({handler}) answered {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>The coordinator creates an account with the test password.</summary>
    internal static async Task CreateAsync(WebClient coordinator, string email, string role, string center = "")
    {
        var page = await Post(coordinator, "/accounts", "add-account",
            new() { ["email"] = email, ["role"] = role, ["center"] = center, ["password"] = Accounts.Password });
        Assert.Contains($"Account {email} created", page, StringComparison.Ordinal);
    }

    /// <summary>Posts the sign-in form: the response (a redirect when the password step passed).</summary>
    internal static Task<HttpResponseMessage> SignInAsync(WebClient client, string email, string password) =>
        client.PostFormAsync("/login", "login", new() { ["email"] = email, ["password"] = password });

    private static Task<string> Act(WebClient coordinator, string handler, string email, string reason = "") =>
        Post(coordinator, "/accounts", handler, new() { ["email"] = email, ["reason"] = reason });

    [Fact]
    public async Task A_disabled_account_is_refused_like_a_wrong_password_and_signs_in_again_once_enabled()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        const string email = "leaving@lutetia.test";
        await CreateAsync(coordinator, email, "reviewer");
        using var open = await WebClient.SignedInAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/patients")).StatusCode);

        var disabled = await Act(coordinator, "disable-account", email, "left the study");
        // The session open before is over at its next request (the stamp changed; CanSignInAsync is false).
        Assert.Equal(HttpStatusCode.Redirect, (await open.GetAsync("/patients")).StatusCode);
        Assert.Contains($"{email} is disabled", disabled, StringComparison.Ordinal);
        Assert.Contains($"<td>{email}</td><td>reviewer</td><td></td><td>no</td><td>off</td><td>own</td><td>since ", disabled, StringComparison.Ordinal);

        using var refused = new WebClient(app);
        var rightPassword = await SignInAsync(refused, email, Accounts.Password);
        var wrongPassword = await SignInAsync(refused, email, "Not-the-password-2026");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (rightPassword.StatusCode, wrongPassword.StatusCode));
        var right = WebUtility.HtmlDecode(await rightPassword.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(WrongPasswordMessage, right, StringComparison.Ordinal);
        Assert.DoesNotContain("disabled", right, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ProblemOf(right), ProblemOf(WebUtility.HtmlDecode(await wrongPassword.Content.ReadAsStringAsync(Cancel))));
        Assert.Equal(HttpStatusCode.Redirect, (await refused.GetAsync("/patients")).StatusCode);

        Assert.Contains($"{email} is enabled", await Act(coordinator, "enable-account", email, "came back"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(refused, email, Accounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await refused.GetAsync("/patients")).StatusCode);

        using var db = app.OpenDatabase();
        var id = db.Users.AsNoTracking().Single(u => u.Email == email).Id;
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.Entity == "users" && e.EntityKey == id && e.Field == "DisabledAtUtc").OrderBy(e => e.Id).ToList();
        Assert.Equal([(Accounts.Coordinator, "left the study", true), (Accounts.Coordinator, "came back", false)],
            entries.Select(e => (e.User, e.Reason!, e.NewValue is not null)));
    }

    [Fact]
    public async Task A_coordinator_cannot_disable_or_reset_their_own_account_from_the_page()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        Assert.Contains("you cannot disable your own account", await Act(coordinator, "disable-account", Accounts.Coordinator), StringComparison.Ordinal);
        Assert.Contains("this is your own account", await Act(coordinator, "reset-password", Accounts.Coordinator), StringComparison.Ordinal);
        Assert.Contains("choose the account", await Act(coordinator, "disable-account", ""), StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        var me = db.Users.AsNoTracking().Single(u => u.Email == Accounts.Coordinator);
        Assert.Equal((null, false), (me.DisabledAtUtc, me.MustChangePassword));
    }

    [Fact]
    public async Task A_reset_password_signs_in_once_forces_a_change_before_anything_else_and_then_is_void()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        const string email = "forgetful2@lutetia.test";
        await CreateAsync(coordinator, email, "statistician");
        var page = await Act(coordinator, "reset-password", email, "forgotten");
        var temporary = TemporaryPattern().Match(page).Groups[1].Value;
        Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$", temporary);
        Assert.DoesNotContain(temporary, await coordinator.GetPageAsync("/accounts"), StringComparison.Ordinal);

        using var owner = new WebClient(app);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(owner, email, Accounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(owner, email, temporary)).StatusCode);
        var diverted = await owner.GetAsync("/patients");
        Assert.Equal((HttpStatusCode.Redirect, "/account/password"), (diverted.StatusCode, WebClient.Target(diverted)));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.GetAsync("/patients/P1")).StatusCode);
        Assert.Contains("choose your own password before anything else", await owner.GetPageAsync("/account/password"), StringComparison.Ordinal);

        var common = await Post(owner, "/account/password", "change-password", new() { ["current"] = temporary, ["new"] = "Password2026!", ["confirm"] = "Password2026!" });
        Assert.Contains("This password is too common", common, StringComparison.Ordinal);
        var differ = await Post(owner, "/account/password", "change-password", new() { ["current"] = temporary, ["new"] = "violet tram under glass", ["confirm"] = "violet tram under grass" });
        Assert.Contains("the two new passwords differ", differ, StringComparison.Ordinal);
        var changed = await Post(owner, "/account/password", "change-password", new() { ["current"] = temporary, ["new"] = "violet tram under glass", ["confirm"] = "violet tram under glass" });
        Assert.Contains("Your password is changed", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("violet tram", changed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/patients")).StatusCode);

        using var later = new WebClient(app);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(later, email, temporary)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(later, email, "violet tram under glass")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/patients")).StatusCode);

        using var db = app.OpenDatabase();
        var id = db.Users.AsNoTracking().Single(u => u.Email == email).Id;
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.Entity == "users" && e.EntityKey == id && e.Field == "MustChangePassword").OrderBy(e => e.Id).ToList();
        Assert.Equal([("no", "yes", Accounts.Coordinator, "forgotten"), ("yes", "no", email, null)],
            entries.Select(e => (e.OldValue!, e.NewValue!, e.User, e.Reason)));
    }

    [Fact]
    public async Task A_role_and_centre_change_takes_effect_at_the_next_sign_in()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        const string email = "moving@lutetia.test";
        await CreateAsync(coordinator, email, "investigator", "C1");
        using var stillOpen = await WebClient.SignedInAsync(app, email);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), ((await stillOpen.GetAsync("/patients/P1")).StatusCode, (await stillOpen.GetAsync("/patients/P2")).StatusCode));

        var refused = await Post(coordinator, "/accounts", "change-role", new() { ["email"] = email, ["role"] = "reviewer", ["center"] = "C2", ["reason"] = "" });
        Assert.Contains("only an investigator belongs to a centre", refused, StringComparison.Ordinal);
        var moved = await Post(coordinator, "/accounts", "change-role", new() { ["email"] = email, ["role"] = "investigator", ["center"] = "C2", ["reason"] = "moved to C2" });
        Assert.Contains($"{email} is now investigator of centre C2", moved, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await stillOpen.GetAsync("/patients/P1")).StatusCode); // the old rights' session is over
        using (var after = await WebClient.SignedInAsync(app, email))
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), ((await after.GetAsync("/patients/P1")).StatusCode, (await after.GetAsync("/patients/P2")).StatusCode));

        Assert.Contains($"{email} is now coordinator", await Post(coordinator, "/accounts", "change-role",
            new() { ["email"] = email, ["role"] = "coordinator", ["center"] = "", ["reason"] = "promoted" }), StringComparison.Ordinal);
        using (var promoted = await WebClient.SignedInAsync(app, email))
            Assert.Equal(HttpStatusCode.OK, (await promoted.GetAsync("/accounts")).StatusCode);

        using var db = app.OpenDatabase();
        var id = db.Users.AsNoTracking().Single(u => u.Email == email).Id;
        Assert.Contains(db.AuditEntries.AsNoTracking().Where(e => e.Entity == "users" && e.EntityKey == id).ToList(),
            e => (e.Field, e.OldValue, e.NewValue, e.Reason) == ("CenterId", "C1", "C2", "moved to C2"));
    }

    [Fact]
    public async Task Changing_one_s_own_password_needs_the_current_one()
    {
        var app = await fixture.AppAsync();
        using (var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator))
            await CreateAsync(coordinator, "self@lutetia.test", "reviewer");
        using var owner = await WebClient.SignedInAsync(app, "self@lutetia.test");
        var wrong = await Post(owner, "/account/password", "change-password", new() { ["current"] = "Not-my-password-99", ["new"] = "amber kettle on a roof", ["confirm"] = "amber kettle on a roof" });
        Assert.Contains("the current password is wrong", wrong, StringComparison.Ordinal);
        var changed = await Post(owner, "/account/password", "change-password", new() { ["current"] = Accounts.Password, ["new"] = "amber kettle on a roof", ["confirm"] = "amber kettle on a roof" });
        Assert.Contains("Your password is changed", changed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/patients")).StatusCode);
        using var again = new WebClient(app);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(again, "self@lutetia.test", Accounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(again, "self@lutetia.test", "amber kettle on a roof")).StatusCode);
    }

    private static string ProblemOf(string page) => ProblemPattern().Match(page).Groups[1].Value;

    [GeneratedRegex("<p class=\"problem\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ProblemPattern();

    [GeneratedRegex("<code class=\"temporary-password\">([^<]+)</code>")]
    private static partial Regex TemporaryPattern();
}
