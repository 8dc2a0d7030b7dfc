using System.Net;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lutetia.Web.Tests;

/// <summary>
/// Sessions (docs/security.md, Sessions and sign-in), performed over HTTP: a session cookie is worth nothing to another install,
/// is shared by the instances of one install, and ends at sign-out, at a new security stamp, after
/// the idle timeout and 12 hours after sign-in.
/// </summary>
public abstract class SessionTests(DatabaseProvider provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Whether the client's session is alive: the patient list answers, rather than the sign-in page.</summary>
    private static async Task<bool> SignedIn(WebClient client)
    {
        var response = await client.GetAsync("/patients");
        if (response.StatusCode == HttpStatusCode.OK)
            return true;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return false;
    }

    private static WebClient WithCookieOf(LutetiaAppFactory app, WebClient owner)
    {
        var thief = new WebClient(app);
        thief.UseSessionCookie(owner.SessionCookie ?? throw new InvalidOperationException("the owner has no session cookie"));
        return thief;
    }

    [Fact]
    public async Task A_coordinator_cookie_of_another_install_is_refused_and_creates_no_account()
    {
        await using var elsewhere = await LutetiaAppFactory.StartAsync(provider);
        await using var here = await LutetiaAppFactory.StartAsync(provider);
        using var coordinator = await WebClient.SignedInAsync(elsewhere, Accounts.Coordinator);
        using var thief = WithCookieOf(here, coordinator);

        var accounts = await thief.GetAsync("/accounts");
        Assert.Equal(HttpStatusCode.Redirect, accounts.StatusCode);
        Assert.Contains("/login", accounts.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var created = await thief.PostFormAsync("/accounts", "add-account", new()
        {
            ["email"] = "intruder@lutetia.test",
            ["role"] = "coordinator",
            ["center"] = "",
            ["password"] = Accounts.Password,
        });
        Assert.NotEqual(HttpStatusCode.OK, created.StatusCode);
        using var db = here.OpenDatabase();
        Assert.False(db.Users.Any(u => u.Email == "intruder@lutetia.test"));
    }

    [Fact]
    public async Task Two_instances_of_one_install_in_different_folders_accept_each_others_cookies()
    {
        await using var first = await LutetiaAppFactory.StartAsync(provider);
        var folder = Directory.CreateTempSubdirectory("lutetia-second-instance-").FullName;
        try
        {
            await using var second = first.SecondInstance(folder);
            using var statistician = await WebClient.SignedInAsync(first, Accounts.Statistician);
            using var sameBrowserOnTheOther = WithCookieOf(second, statistician);
            Assert.True(await SignedIn(sameBrowserOnTheOther));
            using var db = first.OpenDatabase();
            Assert.True(db.DataProtectionKeys.Any(), "the keys are in the study database");
            Assert.All(db.AuditEntries.AsNoTracking().Where(e => e.Entity == "data_protection_keys").ToList(), e =>
            {
                Assert.Equal("web:data-protection", e.User);
                Assert.DoesNotContain("<key", e.NewValue, StringComparison.Ordinal);
                Assert.StartsWith("key-", e.EntityKey, StringComparison.Ordinal);
                Assert.DoesNotContain("id=", e.NewValue, StringComparison.Ordinal);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_works_after_it()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var copy = WithCookieOf(app, coordinator);
        Assert.True(await SignedIn(copy));

        var token = await coordinator.TokenAsync("/patients");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostRawAsync("/logout", new() { ["__RequestVerificationToken"] = token })).StatusCode);
        Assert.False(await SignedIn(copy));
        Assert.False(await SignedIn(coordinator));
    }

    [Fact]
    public async Task A_new_security_stamp_ends_every_session_of_the_account_and_no_other()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var office = await WebClient.SignedInAsync(app, Accounts.Statistician);
        using var laptop = await WebClient.SignedInAsync(app, Accounts.Statistician);
        using var reviewer = await WebClient.SignedInAsync(app, Accounts.Reviewer);
        using (var db = app.OpenDatabase("test:stamp"))
        {
            using var users = UserAccounts.Manager(db);
            var user = await users.FindByNameAsync(Accounts.Statistician);
            Assert.True((await users.UpdateSecurityStampAsync(user!)).Succeeded);
        }
        Assert.False(await SignedIn(office));
        Assert.False(await SignedIn(laptop));
        Assert.True(await SignedIn(reviewer));
    }

    [Fact]
    public async Task A_role_or_centre_changed_in_the_database_ends_the_session_that_carries_the_old_one()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        using (var db = app.OpenDatabase("test:centre"))
        {
            var user = db.Users.Single(u => u.UserName == Accounts.Investigator);
            user.CenterId = WebCohort.OtherCenter;
            await db.SaveChangesAsync(Cancel);
        }
        Assert.False(await SignedIn(investigator));
    }

    [Fact]
    public async Task A_session_unused_for_the_idle_timeout_ends_and_a_used_one_goes_on()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await LutetiaAppFactory.StartAsync(provider, services: s => s.AddSingleton<TimeProvider>(clock));
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var idle = WebSettings.DefaultIdleTimeout;
        foreach (var _ in Enumerable.Range(0, 4))
        {
            clock.Advance(idle - TimeSpan.FromMinutes(2));
            Assert.True(await SignedIn(coordinator));
        }
        clock.Advance(idle + TimeSpan.FromMinutes(1));
        Assert.False(await SignedIn(coordinator));
    }

    [Fact]
    public async Task No_session_lasts_more_than_12_hours_after_sign_in_however_busy()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await LutetiaAppFactory.StartAsync(provider, services: s => s.AddSingleton<TimeProvider>(clock));
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var step = TimeSpan.FromMinutes(20);
        var elapsed = TimeSpan.Zero;
        while (elapsed + step < WebSettings.DefaultSessionLimit)
        {
            clock.Advance(step);
            elapsed += step;
            Assert.True(await SignedIn(coordinator), $"the session ended {elapsed} after sign-in");
        }
        clock.Advance(WebSettings.DefaultSessionLimit - elapsed + TimeSpan.FromMinutes(1));
        Assert.False(await SignedIn(coordinator));
        using var again = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        Assert.True(await SignedIn(again));
    }
}
