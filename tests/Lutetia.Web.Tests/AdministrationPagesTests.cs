using System.Net;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>The coordinator's centres and accounts pages through HTTP, as a browser posts them: messages, reasons, audit, and the new account at work.</summary>
public abstract class AdministrationPagesTests(AppFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> Post(WebClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(path, handler, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }

    private static Task<string> AddCenter(WebClient client, string id, string name) =>
        Post(client, "/centres", "add-centre", new() { ["center_id"] = id, ["name"] = name });

    private static Task<string> AddAccount(WebClient client, string email, string role, string center, string password) =>
        Post(client, "/accounts", "add-account", new() { ["email"] = email, ["role"] = role, ["center"] = center, ["password"] = password });

    [Fact]
    public async Task A_centre_added_by_the_coordinator_is_listed_audited_and_takes_new_patients()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var page = await AddCenter(coordinator, " C3 ", "Marseille");
        Assert.Contains("Centre C3 (Marseille) added.", page, StringComparison.Ordinal);
        Assert.Contains("<td>C3</td><td>Marseille</td><td>0</td>", page, StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
        {
            Assert.Equal("Marseille", db.Centers.AsNoTracking().Single(c => c.CenterId == "C3").Name);
            Assert.Contains(db.AuditEntries.AsNoTracking().Where(e => e.Entity == "centers" && e.EntityKey == "C3").ToList(),
                e => e.User == Accounts.Coordinator && e.Action == AuditAction.Insert);
        }
        var created = await coordinator.PostFormAsync("/patients/new", CaseReportFormTests.PageForm, CaseReportFormTests.NewPatient("P3", "C3"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("<td>C3</td><td>Marseille</td><td>1</td>", await coordinator.GetPageAsync("/centres"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C 9", "\"C 9\" is not an identifier")]
    [InlineData("", "\"\" is not an identifier")]
    [InlineData("Cé9", "\"Cé9\" is not an identifier")]
    [InlineData("C1", "centre C1 already exists")]
    public async Task A_bad_or_used_centre_identifier_is_a_field_message_and_adds_nothing(string id, string message)
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        int centers;
        using (var db = app.OpenDatabase())
            centers = db.Centers.Count();
        var page = await AddCenter(coordinator, id, "Somewhere");
        Assert.Contains($"<span class=\"issue\" role=\"alert\">{message}", page, StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
        {
            Assert.Equal(centers, db.Centers.Count());
            Assert.Equal("Lyon", db.Centers.AsNoTracking().Single(c => c.CenterId == "C1").Name);
        }
    }

    [Fact]
    public async Task A_centre_or_account_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        var centre = await coordinator.PostRawAsync("/centres", new() { ["_handler"] = "add-centre", ["center_id"] = "C8", ["name"] = "Forged" });
        var account = await coordinator.PostRawAsync("/accounts", new()
        {
            ["_handler"] = "add-account",
            ["email"] = "forged@lutetia.test",
            ["role"] = "coordinator",
            ["center"] = "",
            ["password"] = Accounts.Password,
        });
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (centre.StatusCode, account.StatusCode));
        using var db = app.OpenDatabase();
        Assert.False(db.Centers.Any(c => c.CenterId == "C8"));
        Assert.False(db.Users.Any(u => u.Email == "forged@lutetia.test"));
    }

    [Fact]
    public async Task A_centre_without_a_name_is_a_field_message()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        Assert.Contains("the centre's name is required", await AddCenter(coordinator, "C7", "  "), StringComparison.Ordinal);
        using var db = app.OpenDatabase();
        Assert.False(db.Centers.Any(c => c.CenterId == "C7"));
    }

    [Fact]
    public async Task Renaming_a_centre_needs_a_reason_which_the_audit_trail_keeps()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        await AddCenter(coordinator, "C5", "Tours");
        var refused = await Post(coordinator, "/centres", "rename-centre", new() { ["center_id"] = "C5", ["name"] = "CHU de Tours", ["reason"] = "" });
        Assert.Contains("Say why the centre is renamed", refused, StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
            Assert.Equal("Tours", db.Centers.AsNoTracking().Single(c => c.CenterId == "C5").Name);
        var renamed = await Post(coordinator, "/centres", "rename-centre", new() { ["center_id"] = "C5", ["name"] = "CHU de Tours", ["reason"] = "official name" });
        Assert.Contains("Centre C5 renamed CHU de Tours.", renamed, StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
        {
            Assert.Equal("CHU de Tours", db.Centers.AsNoTracking().Single(c => c.CenterId == "C5").Name);
            var entry = db.AuditEntries.AsNoTracking().Single(e => e.Entity == "centers" && e.EntityKey == "C5" && e.Action == AuditAction.Update);
            Assert.Equal(("name", "Tours", "CHU de Tours", "official name", Accounts.Coordinator), (entry.Field, entry.OldValue, entry.NewValue, entry.Reason, entry.User));
        }
        var unknown = await Post(coordinator, "/centres", "rename-centre", new() { ["center_id"] = "NOWHERE", ["name"] = "X", ["reason"] = "r" });
        Assert.Contains("there is no centre \"NOWHERE\"", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_investigator_account_made_for_a_new_centre_signs_in_and_sees_only_that_centre()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        await AddCenter(coordinator, "C4", "Brest");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/patients/new", CaseReportFormTests.PageForm, CaseReportFormTests.NewPatient("P4", "C4"))).StatusCode);
        const string email = "brest@lutetia.test";
        var page = await AddAccount(coordinator, email, "investigator", "C4", Accounts.Password);
        Assert.Contains($"Account {email} created (investigator, centre C4)", page, StringComparison.Ordinal);
        Assert.Contains($"<td>{email}</td><td>investigator</td><td>C4</td><td>no</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Accounts.Password, page, StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
        {
            var hash = db.Users.AsNoTracking().Single(u => u.Email == email).PasswordHash!;
            Assert.DoesNotContain(hash, page, StringComparison.Ordinal);
            Assert.DoesNotContain(hash, WebUtility.HtmlDecode(await coordinator.GetPageAsync("/accounts")), StringComparison.Ordinal);
        }

        using var brest = await WebClient.SignedInAsync(app, email);
        var list = await brest.GetPageAsync("/patients");
        Assert.Contains("href=\"/patients/P4\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/patients/P1\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/patients/P2\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await brest.GetAsync("/patients/P1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await brest.GetAsync("/accounts")).StatusCode);
    }

    [Fact]
    public async Task An_account_locked_out_by_wrong_passwords_shows_as_locked_out()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        const string email = "forgetful@lutetia.test";
        await AddAccount(coordinator, email, "reviewer", "", Accounts.Password);
        Assert.Contains($"<td>{email}</td><td>reviewer</td><td></td><td>no</td>", await coordinator.GetPageAsync("/accounts"), StringComparison.Ordinal);
        for (var attempt = 0; attempt < UserAccounts.Options().Lockout.MaxFailedAccessAttempts; attempt++)
        {
            using var stranger = new WebClient(app); // each from its own address: one address alone cannot lock an account
            await stranger.PostFormAsync("/login", "login", new() { ["email"] = email, ["password"] = "Wrong-password-1" });
        }
        Assert.Contains($"<td>{email}</td><td>reviewer</td><td></td><td>yes (too many wrong passwords)</td>", await coordinator.GetPageAsync("/accounts"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("weak@lutetia.test", "investigator", "C1", "short", "Passwords must be at least 12 characters")]
    [InlineData("common@lutetia.test", "reviewer", "", "Password2026!", "This password is too common")]
    [InlineData("nocentre@lutetia.test", "investigator", "", "Lutetia-test-2026!", "an investigator enters and sees only their own centre's patients")]
    [InlineData("centre@lutetia.test", "reviewer", "C1", "Lutetia-test-2026!", "only an investigator belongs to a centre")]
    [InlineData("role@lutetia.test", "admin", "", "Lutetia-test-2026!", "\"admin\" is not a role")]
    [InlineData(Accounts.Reviewer, "reviewer", "", "Lutetia-test-2026!", "is already taken")]
    [InlineData("", "statistician", "", "Lutetia-test-2026!", "the e-mail is required")]
    public async Task An_account_the_rules_refuse_is_a_message_and_is_not_created(string email, string role, string center, string password, string message)
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        int users;
        using (var db = app.OpenDatabase())
            users = db.Users.Count();
        var page = await AddAccount(coordinator, email, role, center, password);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain(password, page, StringComparison.Ordinal);
        using (var db = app.OpenDatabase())
            Assert.Equal(users, db.Users.Count());
    }
}
