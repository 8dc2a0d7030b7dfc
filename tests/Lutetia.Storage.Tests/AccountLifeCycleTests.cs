using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests;

/// <summary>Issue 11, item 5: disable, enable, reset, role and centre, own password — refusals as values, every change audited, secrets never in the trail.</summary>
public sealed class AccountLifeCycleTests
{
    private const string Password = "Correct-horse-9";
    private const string Chief = "chief@chu-lyon.fr";
    private const string Deputy = "deputy@chu-lyon.fr";
    private const string Reader = "reader@chu-lyon.fr";
    private static readonly DateTime Now = new(2026, 12, 7, 16, 0, 0, DateTimeKind.Utc);

    private static async Task<TestStore> StoreWithAccountsAsync(DatabaseProvider provider)
    {
        var store = Sample.StoreWithSmallCohort(provider);
        using var db = store.Open("cli:root");
        Assert.Empty(await UserAccounts.AddAsync(db, Chief, LutetiaRole.Coordinator, null, Password));
        Assert.Empty(await UserAccounts.AddAsync(db, Deputy, LutetiaRole.Coordinator, null, Password));
        Assert.Empty(await UserAccounts.AddAsync(db, Reader, LutetiaRole.Reviewer, null, Password));
        return store;
    }

    private static LutetiaUser Stored(TestStore store, string email)
    {
        using var db = store.Open("test:check");
        return db.Users.AsNoTracking().Single(u => u.Email == email);
    }

    private static List<AuditEntry> UserEntries(TestStore store, string email)
    {
        using var db = store.Open("test:check");
        var id = db.Users.AsNoTracking().Single(u => u.Email == email).Id;
        return db.AuditEntries.AsNoTracking().Where(e => e.Entity == "users" && e.EntityKey == id).OrderBy(e => e.Id).ToList();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Disabling_stamps_the_account_changes_its_security_stamp_and_is_audited_with_the_reason(DatabaseProvider provider)
    {
        using var store = await StoreWithAccountsAsync(provider);
        var before = Stored(store, Reader).SecurityStamp;
        using (var db = store.Open(Chief))
        using (var manager = UserAccounts.Manager(db))
        {
            var outcome = await AccountLifeCycle.DisableAsync(manager, db, Reader, "left the study", Now);
            Assert.True(outcome.Succeeded, outcome.Message);
            Assert.Equal(AccountOutcome.Refused($"{Reader} is already disabled (since 2026-12-07 16:00 UTC)"),
                await AccountLifeCycle.DisableAsync(manager, db, Reader, null, Now));
        }
        var user = Stored(store, Reader);
        Assert.Equal(Now, user.DisabledAtUtc);
        Assert.NotEqual(before, user.SecurityStamp);
        var entry = Assert.Single(UserEntries(store, Reader), e => e.Action == AuditAction.Update);
        Assert.Equal(("DisabledAtUtc", null, Chief, "left the study"), (entry.Field, entry.OldValue, entry.User, entry.Reason));
        Assert.StartsWith("2026-12-07T16:00:00", entry.NewValue, StringComparison.Ordinal);

        using (var db = store.Open(Chief))
        using (var manager = UserAccounts.Manager(db))
        {
            Assert.True((await AccountLifeCycle.EnableAsync(manager, db, Reader, "back")).Succeeded);
            Assert.False((await AccountLifeCycle.EnableAsync(manager, db, Reader, null)).Succeeded);
        }
        Assert.Null(Stored(store, Reader).DisabledAtUtc);
        Assert.Contains(UserEntries(store, Reader), e => e.Field == "DisabledAtUtc" && e.NewValue is null && e.Reason == "back");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_coordinator_cannot_disable_themselves_nor_the_last_active_coordinator(DatabaseProvider provider)
    {
        using var store = await StoreWithAccountsAsync(provider);
        using var db = store.Open(Chief);
        using var manager = UserAccounts.Manager(db);
        Assert.Equal(AccountOutcome.Refused("you cannot disable your own account: another coordinator must do it"),
            await AccountLifeCycle.DisableAsync(manager, db, Chief, null, Now));
        Assert.True((await AccountLifeCycle.DisableAsync(manager, db, Deputy, null, Now)).Succeeded);
        db.CurrentUser = "cli:root";
        var last = await AccountLifeCycle.DisableAsync(manager, db, Chief, null, Now);
        Assert.False(last.Succeeded);
        Assert.StartsWith($"{Chief} is the last active coordinator", last.Message, StringComparison.Ordinal);
        var demoted = await AccountLifeCycle.ChangeRoleAsync(manager, db, Chief, LutetiaRole.Statistician, null, null);
        Assert.StartsWith($"{Chief} is the last active coordinator", demoted.Message, StringComparison.Ordinal);
        Assert.Equal(AccountOutcome.Refused("there is no account \"nobody@chu.fr\""), await AccountLifeCycle.DisableAsync(manager, db, "nobody@chu.fr", null, Now));
        Assert.Null(Stored(store, Chief).DisabledAtUtc);
        Assert.Equal(LutetiaRole.Coordinator, Stored(store, Chief).Role);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_reset_gives_a_random_temporary_password_to_change_and_keeps_no_secret_in_the_trail(DatabaseProvider provider)
    {
        using var store = await StoreWithAccountsAsync(provider);
        var before = Stored(store, Reader);
        AccountOutcome first, second;
        using (var db = store.Open(Chief))
        using (var manager = UserAccounts.Manager(db))
        {
            first = await AccountLifeCycle.ResetPasswordAsync(manager, db, Reader, "forgotten");
            second = await AccountLifeCycle.ResetPasswordAsync(manager, db, Reader, "forgotten again");
            Assert.StartsWith("this is your own account", (await AccountLifeCycle.ResetPasswordAsync(manager, db, Chief, null)).Message, StringComparison.Ordinal);
        }
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Matches("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", second.TemporaryPassword);
        Assert.NotEqual(first.TemporaryPassword, second.TemporaryPassword);
        var user = Stored(store, Reader);
        Assert.True(user.MustChangePassword);
        Assert.NotEqual(before.SecurityStamp, user.SecurityStamp);
        var hasher = new PasswordHasher<LutetiaUser>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash!, second.TemporaryPassword!));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, Password));
        var entries = UserEntries(store, Reader);
        Assert.Contains(entries, e => (e.Field, e.OldValue, e.NewValue, e.Reason) == ("MustChangePassword", "no", "yes", "forgotten"));
        Assert.DoesNotContain(entries, e => e.Field is "PasswordHash" or "SecurityStamp");
        Assert.DoesNotContain(entries, e => $"{e.OldValue}{e.NewValue}".Contains(second.TemporaryPassword!, StringComparison.Ordinal)
                                            || $"{e.OldValue}{e.NewValue}".Contains(user.PasswordHash!, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_role_and_centre_change_follows_the_rules_of_creation_and_is_audited(DatabaseProvider provider)
    {
        using var store = await StoreWithAccountsAsync(provider);
        var before = Stored(store, Reader).SecurityStamp;
        using (var db = store.Open(Chief))
        using (var manager = UserAccounts.Manager(db))
        {
            Assert.Equal(AccountOutcome.Refused("an investigator enters and sees only their own centre's patients: give the centre with --center ID"),
                await AccountLifeCycle.ChangeRoleAsync(manager, db, Reader, LutetiaRole.Investigator, null, null));
            Assert.Equal(AccountOutcome.Refused("there is no centre \"C9\"; the centres are C1, C2"),
                await AccountLifeCycle.ChangeRoleAsync(manager, db, Reader, LutetiaRole.Investigator, "C9", null));
            Assert.Equal(AccountOutcome.Refused($"{Reader} is already reviewer: nothing to change"),
                await AccountLifeCycle.ChangeRoleAsync(manager, db, Reader, LutetiaRole.Reviewer, null, null));
            Assert.True((await AccountLifeCycle.ChangeRoleAsync(manager, db, Reader, LutetiaRole.Investigator, "C2", "joins Nantes")).Succeeded);
        }
        var user = Stored(store, Reader);
        Assert.Equal((LutetiaRole.Investigator, "C2"), (user.Role, user.CenterId));
        Assert.NotEqual(before, user.SecurityStamp);
        var entries = UserEntries(store, Reader).Where(e => e.Action == AuditAction.Update).ToList();
        Assert.Contains(entries, e => (e.Field, e.OldValue, e.NewValue, e.Reason) == ("Role", "reviewer", "investigator", "joins Nantes"));
        Assert.Contains(entries, e => (e.Field, e.OldValue, e.NewValue) == ("CenterId", null, "C2"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Changing_one_s_own_password_needs_the_current_one_and_a_new_one_the_rule_accepts(DatabaseProvider provider)
    {
        using var store = await StoreWithAccountsAsync(provider);
        string temporary;
        using (var db = store.Open(Chief))
        using (var manager = UserAccounts.Manager(db))
            temporary = (await AccountLifeCycle.ResetPasswordAsync(manager, db, Reader, null)).TemporaryPassword!;
        var stamp = Stored(store, Reader).SecurityStamp;
        using (var db = store.Open(Reader))
        using (var manager = UserAccounts.Manager(db))
        {
            Assert.Equal(AccountOutcome.Refused("the current password is wrong"), await OwnPassword.ChangeAsync(manager, Reader, Password, "violet tram under glass"));
            Assert.Equal(AccountOutcome.Refused("the new password must differ from the current one"), await OwnPassword.ChangeAsync(manager, Reader, temporary, temporary));
            Assert.Contains("too common", (await OwnPassword.ChangeAsync(manager, Reader, temporary, "Password2026!")).Message, StringComparison.Ordinal);
            Assert.Contains("at least 12 characters", (await OwnPassword.ChangeAsync(manager, Reader, temporary, "tram-glass")).Message, StringComparison.Ordinal);
            Assert.True(Stored(store, Reader).MustChangePassword);
            Assert.True((await OwnPassword.ChangeAsync(manager, Reader, temporary, "violet tram under glass")).Succeeded);
        }
        var user = Stored(store, Reader);
        Assert.False(user.MustChangePassword);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<LutetiaUser>().VerifyHashedPassword(user, user.PasswordHash!, "violet tram under glass"));
        Assert.Contains(UserEntries(store, Reader), e => (e.Field, e.OldValue, e.NewValue, e.User) == ("MustChangePassword", "yes", "no", Reader));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_authenticator_key_and_the_recovery_codes_never_enter_the_audit_trail(DatabaseProvider provider)
    {
        using var store = await StoreWithAccountsAsync(provider);
        string key;
        List<string> codes;
        using (var db = store.Open(Chief))
        using (var manager = UserAccounts.Manager(db))
        {
            var user = (await manager.FindByEmailAsync(Chief))!;
            await manager.ResetAuthenticatorKeyAsync(user);
            key = (await manager.GetAuthenticatorKeyAsync(user))!;
            await manager.SetTwoFactorEnabledAsync(user, true);
            codes = (await manager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
            Assert.True((await manager.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded);
        }
        Assert.Equal(10, codes.Count);
        using var check = store.Open("test:check");
        var entries = check.AuditEntries.AsNoTracking().ToList();
        Assert.Contains(entries, e => e.Entity == "AspNetUserTokens" && e.EntityKey.EndsWith("/RecoveryCodes", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Entity == "AspNetUserTokens" && e.EntityKey.EndsWith("/AuthenticatorKey", StringComparison.Ordinal));
        Assert.Contains(entries, e => (e.Entity, e.Field, e.OldValue, e.NewValue) == ("users", "TwoFactorEnabled", "no", "yes"));
        var text = string.Join("\n", entries.Select(e => $"{e.EntityKey}|{e.Field}|{e.OldValue}|{e.NewValue}"));
        Assert.DoesNotContain(key, text, StringComparison.OrdinalIgnoreCase);
        foreach (var code in codes)
            Assert.DoesNotContain(code, text, StringComparison.OrdinalIgnoreCase);
    }
}
