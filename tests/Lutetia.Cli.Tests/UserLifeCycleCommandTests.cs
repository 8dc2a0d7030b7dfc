using Lutetia.Intake.Tests;
using Lutetia.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Cli.Tests;

/// <summary><c>lutetia user list|disable|enable|reset|role</c> on a database file, as the operator types them.</summary>
public sealed class UserLifeCycleCommandTests
{
    private static string StudyWithAccounts(TemporaryFolder folder)
    {
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);
        Assert.Equal(0, StorageCommandTests.UserAdd("Lyon-coordinator-1\n", "--email", "chief@chu.fr", "--role", "coordinator", "--db", db).ExitCode);
        Assert.Equal(0, StorageCommandTests.UserAdd("Lyon-reviewer-2026\n", "--email", "rev@chu.fr", "--role", "reviewer", "--db", db).ExitCode);
        return db;
    }

    [Fact]
    public void List_shows_each_account_and_disable_then_enable_change_it_with_the_reason_audited()
    {
        using var folder = new TemporaryFolder();
        var db = StudyWithAccounts(folder);
        var list = CliRun.Of("user", "list", "--db", db);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("rev@chu.fr\treviewer\t\t\tno\tno\town", list.Out, StringComparison.Ordinal);

        var disable = CliRun.Of("user", "disable", "--email", "rev@chu.fr", "--reason", "left the study", "--db", db);
        Assert.Equal((0, "rev@chu.fr is disabled: it cannot sign in, and its open sessions end.\n"), (disable.ExitCode, disable.Out.ReplaceLineEndings("\n")));
        Assert.Matches(@"rev@chu\.fr\treviewer\t\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\tno", CliRun.Of("user", "list", "--db", db).Out);
        var again = CliRun.Of("user", "disable", "--email", "rev@chu.fr", "--db", db);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("rev@chu.fr is already disabled", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("user", "enable", "--email", "rev@chu.fr", "--db", db).ExitCode);
        Assert.Contains("rev@chu.fr\treviewer\t\t\tno", CliRun.Of("user", "list", "--db", db).Out, StringComparison.Ordinal);

        using var context = LutetiaDatabase.Open(LutetiaConnection.Parse(db), "test:check");
        var entry = context.AuditEntries.AsNoTracking().Single(e => e.Field == "DisabledAtUtc" && e.OldValue == null);
        Assert.Equal("left the study", entry.Reason);
        Assert.StartsWith("cli:", entry.User, StringComparison.Ordinal);
    }

    [Fact]
    public void Reset_prints_a_temporary_password_once_that_signs_in_and_must_be_changed()
    {
        using var folder = new TemporaryFolder();
        var db = StudyWithAccounts(folder);
        var reset = CliRun.Of("user", "reset", "--email", "rev@chu.fr", "--reason", "forgotten", "--db", db);
        Assert.Equal(0, reset.ExitCode);
        var temporary = reset.Out.ReplaceLineEndings("\n").Split('\n').Single(l => l.StartsWith("temporary password: ", StringComparison.Ordinal))["temporary password: ".Length..];
        Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$", temporary);
        Assert.Contains("rev@chu.fr\treviewer\t\t\tno\tno\ttemporary", CliRun.Of("user", "list", "--db", db).Out, StringComparison.Ordinal);
        using var context = LutetiaDatabase.Open(LutetiaConnection.Parse(db), "test:check");
        var user = context.Users.AsNoTracking().Single(u => u.Email == "rev@chu.fr");
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<LutetiaUser>().VerifyHashedPassword(user, user.PasswordHash!, temporary));
        Assert.DoesNotContain(context.AuditEntries.AsNoTracking().ToList(), e => (e.NewValue ?? "").Contains(temporary, StringComparison.Ordinal));
    }

    [Fact]
    public void Role_changes_role_and_centre_and_refuses_to_demote_the_last_coordinator()
    {
        using var folder = new TemporaryFolder();
        var db = StudyWithAccounts(folder);
        var role = CliRun.Of("user", "role", "--email", "rev@chu.fr", "--role", "investigator", "--center", "C1", "--reason", "joins Lyon", "--db", db);
        Assert.Equal(0, role.ExitCode);
        Assert.Contains("rev@chu.fr is now investigator of centre C1", role.Out, StringComparison.Ordinal);
        Assert.Contains("rev@chu.fr\tinvestigator\tC1\t", CliRun.Of("user", "list", "--db", db).Out, StringComparison.Ordinal);

        var last = CliRun.Of("user", "role", "--email", "chief@chu.fr", "--role", "statistician", "--db", db);
        Assert.Equal(1, last.ExitCode);
        Assert.Contains("chief@chu.fr is the last active coordinator", last.Error, StringComparison.Ordinal);
        var lastDisabled = CliRun.Of("user", "disable", "--email", "chief@chu.fr", "--db", db);
        Assert.Contains("chief@chu.fr is the last active coordinator", lastDisabled.Error, StringComparison.Ordinal);
        var unknown = CliRun.Of("user", "reset", "--email", "nobody@chu.fr", "--db", db);
        Assert.Equal((1, "lutetia user reset: there is no account \"nobody@chu.fr\". Nothing was changed.\n"), (unknown.ExitCode, unknown.Error.ReplaceLineEndings("\n")));
        var badRole = CliRun.Of("user", "role", "--email", "rev@chu.fr", "--role", "admin", "--db", db);
        Assert.Equal(2, badRole.ExitCode);
        var missing = CliRun.Of("user", "list", "--db", folder.File("none.db"));
        Assert.Contains("there is no database file", missing.Error, StringComparison.Ordinal);
    }
}
