using System.Net;
using System.Text.RegularExpressions;
using Lutetia.Storage;
using Lutetia.Storage.Settings;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Lutetia.Web.Tests;

/// <summary>
/// Two-factor sign-in over HTTP: enrolment with an authenticator app (Otp.NET
/// computes its codes from the key the page shows), sign-in with a code and with a recovery code
/// (once), and the study setting that makes it mandatory for coordinators.
/// </summary>
public abstract partial class TwoFactorTests(AppFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Turns two-factor sign-in on for the signed-in <paramref name="client"/>: the key of the page, and the recovery codes shown once.</summary>
    private static async Task<(Totp App, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(WebClient client)
    {
        var started = await AccountLifeCycleTests.Post(client, "/account/two-factor", "start-two-factor", []);
        var key = KeyPattern().Match(started).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Contains($"otpauth://totp/Lutetia:", started, StringComparison.Ordinal);
        Assert.Contains($"secret={key}&issuer=Lutetia", started, StringComparison.Ordinal);
        var app = new Totp(Base32Encoding.ToBytes(key));
        var wrong = await AccountLifeCycleTests.Post(client, "/account/two-factor", "enable-two-factor", new() { ["code"] = OtherThan(app.ComputeTotp()) });
        Assert.Contains("the code is wrong", wrong, StringComparison.Ordinal);
        var enabled = await AccountLifeCycleTests.Post(client, "/account/two-factor", "enable-two-factor", new() { ["code"] = app.ComputeTotp() });
        Assert.Contains("Two-factor sign-in is on", enabled, StringComparison.Ordinal);
        var codes = RecoveryPattern().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/patients")).StatusCode);
        return (app, codes);
    }

    /// <summary>A six-digit code that is not <paramref name="code"/> (nor the neighbouring windows' codes, which are unlikely to equal it).</summary>
    private static string OtherThan(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The password step of a two-factor account: it leads to the second step, and signs nobody in yet.</summary>
    private static async Task PasswordStepAsync(WebClient client, string email)
    {
        var response = await AccountLifeCycleTests.SignInAsync(client, email, Accounts.Password);
        Assert.Equal((HttpStatusCode.Redirect, "/login/two-factor?ReturnUrl=%2F"), (response.StatusCode, WebClient.Target(response)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/patients")).StatusCode);
    }

    private static Task<HttpResponseMessage> SecondStepAsync(WebClient client, string code, string recovery) =>
        client.PostFormAsync("/login/two-factor", "two-factor", new() { ["code"] = code, ["recovery_code"] = recovery, ["returnUrl"] = "/patients" });

    [Fact]
    public async Task An_enrolled_account_signs_in_with_a_code_of_its_app_or_a_recovery_code_once_and_no_secret_is_audited()
    {
        var app = await fixture.AppAsync();
        const string email = "totp@lutetia.test";
        using (var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator))
            await AccountLifeCycleTests.CreateAsync(coordinator, email, "reviewer");
        using var owner = await WebClient.SignedInAsync(app, email);
        var (authenticator, codes) = await EnrolAsync(owner);

        using var second = new WebClient(app);
        await PasswordStepAsync(second, email);
        var wrong = await SecondStepAsync(second, OtherThan(authenticator.ComputeTotp()), "");
        Assert.Contains("The code is wrong", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using (var counted = app.OpenDatabase())
            Assert.Equal(1, counted.Users.AsNoTracking().Single(u => u.Email == email).AccessFailedCount); // a wrong code counts towards the lockout
        // The next window's code: accepted (Identity allows the clock to drift), and not the one used at enrolment.
        var signedIn = await SecondStepAsync(second, authenticator.ComputeTotp(DateTime.UtcNow.AddSeconds(30)), "");
        Assert.Equal((HttpStatusCode.Redirect, "/patients"), (signedIn.StatusCode, WebClient.Target(signedIn)));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/patients")).StatusCode);

        using var recovered = new WebClient(app);
        await PasswordStepAsync(recovered, email);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(recovered, "", codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recovered.GetAsync("/patients")).StatusCode);
        using var replay = new WebClient(app);
        await PasswordStepAsync(replay, email);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(replay, "", codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/patients")).StatusCode);

        using var anonymous = new WebClient(app);
        // Without the password step (no two-factor cookie), a right code signs nobody in: back to the first step.
        var skipped = await anonymous.PostFormAsync("/login/two-factor", "two-factor",
            new() { ["code"] = authenticator.ComputeTotp(), ["recovery_code"] = "", ["returnUrl"] = "/patients" }, page: "/login");
        Assert.Equal((HttpStatusCode.Redirect, "/login"), (skipped.StatusCode, WebClient.Target(skipped)));
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/patients")).StatusCode);

        using var db = app.OpenDatabase();
        var trail = string.Join("\n", db.AuditEntries.AsNoTracking().Select(e => e.EntityKey + "|" + e.OldValue + "|" + e.NewValue).ToList());
        foreach (var code in codes)
            Assert.DoesNotContain(code, trail, StringComparison.OrdinalIgnoreCase);
        var id = db.Users.AsNoTracking().Single(u => u.Email == email).Id;
        Assert.Contains(db.AuditEntries.AsNoTracking().Where(e => e.EntityKey == id).ToList(), e => (e.Field, e.OldValue, e.NewValue, e.User) == ("TwoFactorEnabled", "no", "yes", email));
        Assert.DoesNotContain(db.UserTokens.AsNoTracking().Single(t => t.UserId == id && t.Name == "AuthenticatorKey").Value!, trail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password_and_then_the_password_alone_signs_in()
    {
        var app = await fixture.AppAsync();
        const string email = "totp-off@lutetia.test";
        using (var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator))
            await AccountLifeCycleTests.CreateAsync(coordinator, email, "statistician");
        using var owner = await WebClient.SignedInAsync(app, email);
        await EnrolAsync(owner);
        var wrong = await AccountLifeCycleTests.Post(owner, "/account/two-factor", "disable-two-factor", new() { ["password"] = "Not-my-password-99" });
        Assert.Contains("the password is wrong", wrong, StringComparison.Ordinal);
        var off = await AccountLifeCycleTests.Post(owner, "/account/two-factor", "disable-two-factor", new() { ["password"] = Accounts.Password });
        Assert.Contains("Two-factor sign-in is off.", off, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/patients")).StatusCode);
        using var again = new WebClient(app);
        Assert.Equal((HttpStatusCode.Redirect, "/"), await SignInTargetAsync(again, email)); // the landing page, which sends each role on
        using var db = app.OpenDatabase();
        var id = db.Users.AsNoTracking().Single(u => u.Email == email).Id;
        Assert.Contains(db.AuditEntries.AsNoTracking().Where(e => e.EntityKey == id).ToList(), e => (e.Field, e.OldValue, e.NewValue) == ("TwoFactorEnabled", "yes", "no"));
    }

    private static async Task<(HttpStatusCode, string?)> SignInTargetAsync(WebClient client, string email)
    {
        var response = await AccountLifeCycleTests.SignInAsync(client, email, Accounts.Password);
        return (response.StatusCode, WebClient.Target(response));
    }

    [Fact]
    public async Task When_the_study_requires_it_a_coordinator_without_two_factor_must_set_it_up_before_anything_else()
    {
        var app = await fixture.AppAsync();
        const string boss = "boss@lutetia.test";
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        await AccountLifeCycleTests.CreateAsync(coordinator, boss, "coordinator");
        var unexplained = await AccountLifeCycleTests.Post(coordinator, "/settings", "study-setting",
            new() { ["key"] = StudySetting.TwoFactorRequiredForCoordinators.Key, ["value"] = "yes", ["reason"] = " " });
        Assert.Contains("Say why two_factor_required_for_coordinators changes", System.Net.WebUtility.HtmlDecode(unexplained), StringComparison.Ordinal);
        var set = await AccountLifeCycleTests.Post(coordinator, "/settings", "study-setting",
            new() { ["key"] = StudySetting.TwoFactorRequiredForCoordinators.Key, ["value"] = "yes", ["reason"] = "security review" });
        try
        {
            Assert.Contains("two_factor_required_for_coordinators is now yes", set, StringComparison.Ordinal);
            var diverted = await coordinator.GetAsync("/patients");
            Assert.Equal((HttpStatusCode.Redirect, "/account/two-factor"), (diverted.StatusCode, WebClient.Target(diverted)));
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.GetAsync("/accounts")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostRawAsync("/centres", new() { ["_handler"] = "add-centre" })).StatusCode);
            Assert.Contains("The study requires coordinators to sign in with an authenticator app", WebUtility.HtmlDecode(await coordinator.GetPageAsync("/account/two-factor")), StringComparison.Ordinal);
            using (var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer))
                Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/patients")).StatusCode);

            using var bossClient = await WebClient.SignedInAsync(app, boss);
            Assert.Equal(HttpStatusCode.Redirect, (await bossClient.GetAsync("/patients")).StatusCode);
            await EnrolAsync(bossClient);
            var page = WebUtility.HtmlDecode(await bossClient.GetPageAsync("/account/two-factor"));
            Assert.DoesNotContain("Turn two-factor sign-in off", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await bossClient.GetAsync("/accounts")).StatusCode);
            using var bossAgain = new WebClient(app);
            await PasswordStepAsync(bossAgain, boss);
        }
        finally
        {
            using var db = app.OpenDatabase(Accounts.Coordinator);
            db.Reason = "test over";
            await StudySettings.SetAsync(db, StudySetting.TwoFactorRequiredForCoordinators, false, Cancel);
        }
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/patients")).StatusCode);
        using var check = app.OpenDatabase();
        var entry = check.AuditEntries.AsNoTracking().Where(e => e.Entity == "study_settings").OrderBy(e => e.Id).First();
        Assert.Equal((Accounts.Coordinator, "security review"), (entry.User, entry.Reason));
    }

    [GeneratedRegex("<code class=\"authenticator-key\">([^<]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<code class=\"recovery-code\">([^<]+)</code>")]
    private static partial Regex RecoveryPattern();
}
