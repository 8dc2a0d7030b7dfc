using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Web.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Tests;

/// <summary>
/// Sign-in (docs/security.md, Sessions and sign-in), performed over HTTP: the sign-in page tells nothing about which accounts exist or
/// are locked, one address cannot lock an account out, and wrong signature passwords count like
/// wrong sign-ins.
/// </summary>
public abstract partial class SignInTests(DatabaseProvider provider)
{
    private const string Wrong = "Wrong-password-1";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed record Answer(HttpStatusCode Status, string? Problem, TimeSpan Took, bool SignedIn);

    /// <summary>One sign-in from <paramref name="client"/>, timed from the post to the answer (the page and its token are fetched first).</summary>
    private static async Task<Answer> Attempt(WebClient client, string email, string password)
    {
        var token = await client.TokenAsync("/login");
        var clock = Stopwatch.StartNew();
        var response = await client.PostRawAsync("/login", new()
        {
            ["_handler"] = "login",
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        var took = clock.Elapsed;
        var problem = ProblemPattern().Match(await response.Content.ReadAsStringAsync(Cancel));
        return new Answer(response.StatusCode, problem.Success ? WebUtility.HtmlDecode(problem.Groups[1].Value) : null, took,
            response.StatusCode == HttpStatusCode.Redirect);
    }

    private static async Task<Answer> AttemptFromNewAddress(LutetiaAppFactory app, string email, string password)
    {
        using var client = new WebClient(app);
        return await Attempt(client, email, password);
    }

    private static async Task AddAccount(LutetiaAppFactory app, string email)
    {
        using var db = app.OpenDatabase("test:accounts");
        await Accounts.Add(db, email, LutetiaRole.Reviewer, null);
    }

    private static LutetiaUser User(LutetiaAppFactory app, string email)
    {
        using var db = app.OpenDatabase();
        return db.Users.AsNoTracking().Single(u => u.UserName == email);
    }

    private static void AssertRefused(Answer answer)
    {
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(SignIn.Refused, answer.Problem);
        Assert.False(answer.SignedIn);
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    [Fact]
    public async Task An_unknown_email_answers_like_a_wrong_password_after_the_same_hashing_work()
    {
        var hasher = new CountingHasher();
        await using var app = await LutetiaAppFactory.StartAsync(provider, services: s => s.AddSingleton<IPasswordHasher<LutetiaUser>>(hasher));
        const string known = "known@lutetia.test";
        await AddAccount(app, known);

        var before = hasher.Count;
        var unknown = await AttemptFromNewAddress(app, "nobody@lutetia.test", Wrong);
        Assert.Equal(before + 1, hasher.Count);
        var wrong = await AttemptFromNewAddress(app, known, Wrong);
        Assert.Equal(before + 2, hasher.Count);
        AssertRefused(unknown);
        AssertRefused(wrong);

        // The time tells nothing either: medians of interleaved attempts, each from its own address
        // (1 + 7 failures stay under the account's lockout). Before the fix the ratio was about 30.
        var (unknownTimes, knownTimes) = (new List<TimeSpan>(), new List<TimeSpan>());
        for (var i = 0; i < 7; i++)
        {
            unknownTimes.Add((await AttemptFromNewAddress(app, $"nobody{i}@lutetia.test", Wrong)).Took);
            knownTimes.Add((await AttemptFromNewAddress(app, known, Wrong)).Took);
        }
        var (u, k) = (Median(unknownTimes), Median(knownTimes));
        var ratio = Math.Max(u.Ticks, k.Ticks) / (double)Math.Min(u.Ticks, k.Ticks);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sign-in answer, median of 7: unknown e-mail {u.TotalMilliseconds:0} ms, known e-mail {k.TotalMilliseconds:0} ms, ratio {ratio:0.00}"));
        Assert.True(ratio < 3, $"unknown e-mail {u.TotalMilliseconds:0} ms, known e-mail {k.TotalMilliseconds:0} ms (median of 7): ratio {ratio:0.0}");
    }

    [Fact]
    public async Task A_locked_account_with_its_right_password_answers_like_an_unknown_email()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        const string email = "locked@lutetia.test";
        await AddAccount(app, email);
        using (var db = app.OpenDatabase("test:lock"))
        {
            using var users = UserAccounts.Manager(db);
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(email))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }
        var locked = await AttemptFromNewAddress(app, email, Accounts.Password);
        var unknown = await AttemptFromNewAddress(app, "nobody@lutetia.test", Accounts.Password);
        AssertRefused(locked);
        AssertRefused(unknown);
    }

    [Fact]
    public async Task Six_failures_from_one_address_pause_it_there_and_the_coordinator_still_signs_in_from_another()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var attacker = new WebClient(app, "203.0.113.7");
        for (var i = 0; i < SignInThrottle.PerAccount; i++)
            AssertRefused(await Attempt(attacker, Accounts.Coordinator, Wrong));
        var sixth = await Attempt(attacker, Accounts.Coordinator, Accounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.Status);
        Assert.False(sixth.SignedIn);
        Assert.StartsWith("Too many wrong passwords from your network for this e-mail address", sixth.Problem, StringComparison.Ordinal);
        AssertRefused(await Attempt(attacker, "nobody@lutetia.test", Wrong));

        Assert.Null(User(app, Accounts.Coordinator).LockoutEnd);
        using var office = new WebClient(app, "198.51.100.20");
        Assert.True((await Attempt(office, Accounts.Coordinator, Accounts.Password)).SignedIn);
    }

    [Fact]
    public async Task Wrong_passwords_from_two_addresses_lock_the_account_for_every_address()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        const string email = "spread@lutetia.test";
        await AddAccount(app, email);
        foreach (var address in new[] { "203.0.113.8", "203.0.113.9" })
        {
            using var client = new WebClient(app, address);
            for (var i = 0; i < SignInThrottle.PerAccount; i++)
                AssertRefused(await Attempt(client, email, Wrong));
        }
        Assert.True(User(app, email).LockoutEnd > DateTimeOffset.UtcNow);
        AssertRefused(await AttemptFromNewAddress(app, email, Accounts.Password));
    }

    [Fact]
    public async Task Wrong_signature_passwords_count_like_wrong_sign_ins_and_lock_the_account()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var first = await WebClient.SignedInAsync(app, Accounts.Coordinator, "192.0.2.1");
        using var second = await WebClient.SignedInAsync(app, Accounts.Coordinator, "192.0.2.2");
        using var third = await WebClient.SignedInAsync(app, Accounts.Coordinator, "192.0.2.3");
        async Task<string> Sign(WebClient client, string password) => WebUtility.HtmlDecode(await (await client.PostFormAsync(
            $"/patients/{WebCohort.OwnPatient}/lock", "signature", new() { ["password"] = password })).Content.ReadAsStringAsync(Cancel));

        Assert.Contains("Wrong passwords count like wrong sign-ins", await first.GetPageAsync($"/patients/{WebCohort.OwnPatient}/lock"), StringComparison.Ordinal);
        for (var i = 0; i < SignInThrottle.PerAccount; i++)
            Assert.Contains($"is not {Accounts.Coordinator}'s", await Sign(first, Wrong), StringComparison.Ordinal);
        Assert.Equal(SignInThrottle.PerAccount, User(app, Accounts.Coordinator).AccessFailedCount);
        Assert.Contains("Too many wrong passwords from your network", await Sign(first, Accounts.Password), StringComparison.Ordinal);

        for (var i = 0; i < SignInThrottle.PerAccount; i++)
            await Sign(second, Wrong);
        Assert.True(User(app, Accounts.Coordinator).LockoutEnd > DateTimeOffset.UtcNow);
        Assert.Contains("account is locked after too many wrong passwords", await Sign(third, Accounts.Password), StringComparison.Ordinal);
        AssertRefused(await AttemptFromNewAddress(app, Accounts.Coordinator, Accounts.Password));
        using var db = app.OpenDatabase();
        Assert.False(db.Set<RecordLockRow>().Any(), "nothing was signed");
    }

    [GeneratedRegex("<p class=\"problem\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ProblemPattern();
}
