using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Accounts;
using Lutetia.Workflow.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.Administration.AdministrationStudy;

namespace Lutetia.Workflow.Tests.Administration;

/// <summary>The account life cycle: disable, enable, reset, role and centre, own password — refusals as values, every change audited, secrets never in the trail.</summary>
public sealed class AccountLifeCycleTests
{
    private static readonly CancellationToken Cancel = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Disabling_stamps_the_account_changes_its_security_stamp_and_is_audited_with_the_reason(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        var before = study.Stored(Reader).SecurityStamp;
        using (var scope = study.Over())
        {
            var outcome = await scope.Get<DisableAccount>().RunAsync(Coordinator, Reader, "left the study", Cancel);
            Assert.True(outcome.Succeeded, outcome.ToString());
            Refused(RefusalKind.Invalid, $"{Reader} is already disabled (since 2026-12-07 16:00 UTC)",
                (await scope.Get<DisableAccount>().RunAsync(Coordinator, Reader, null, Cancel)).Refusal);
        }
        var user = study.Stored(Reader);
        Assert.Equal(Now, user.DisabledAtUtc);
        Assert.NotEqual(before, user.SecurityStamp);
        var entry = Assert.Single(study.UserEntries(Reader), e => e.Action == AuditAction.Update);
        Assert.Equal(("DisabledAtUtc", null, Chief, "left the study"), (entry.Field, entry.OldValue, entry.User, entry.Reason));
        Assert.StartsWith("2026-12-07T16:00:00", entry.NewValue, StringComparison.Ordinal);

        using (var scope = study.Over())
        {
            Assert.True((await scope.Get<EnableAccount>().RunAsync(Coordinator, Reader, "back", Cancel)).Succeeded);
            Refused(RefusalKind.Invalid, $"{Reader} is not disabled: it can sign in already",
                (await scope.Get<EnableAccount>().RunAsync(Coordinator, Reader, null, Cancel)).Refusal);
        }
        Assert.Null(study.Stored(Reader).DisabledAtUtc);
        Assert.Contains(study.UserEntries(Reader), e => e.Field == "DisabledAtUtc" && e.NewValue is null && e.Reason == "back");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_coordinator_cannot_disable_themselves_nor_the_last_active_coordinator(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using var scope = study.Over();
        var disable = scope.Get<DisableAccount>();
        Refused(RefusalKind.Invalid, "you cannot disable your own account: another coordinator must do it",
            (await disable.RunAsync(Coordinator, Chief, null, Cancel)).Refusal);
        Assert.True((await disable.RunAsync(Coordinator, Deputy, null, Cancel)).Succeeded);
        var root = new Account("cli:root", LutetiaRole.Coordinator, null);
        var last = await disable.RunAsync(root, Chief, null, Cancel);
        Assert.StartsWith($"{Chief} is the last active coordinator", last.Refusal?.Message, StringComparison.Ordinal);
        var demoted = await scope.Get<ChangeRole>().RunAsync(root, Chief, LutetiaRole.Statistician, null, null, Cancel);
        Assert.StartsWith($"{Chief} is the last active coordinator", demoted.Refusal?.Message, StringComparison.Ordinal);
        Refused(RefusalKind.NotFound, "there is no account \"nobody@chu.fr\"", (await disable.RunAsync(root, "nobody@chu.fr", null, Cancel)).Refusal);
        Refused(RefusalKind.Invalid, "choose the account (its e-mail)", (await disable.RunAsync(root, " ", null, Cancel)).Refusal);
        Assert.Null(study.Stored(Chief).DisabledAtUtc);
        Assert.Equal(LutetiaRole.Coordinator, study.Stored(Chief).Role);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_a_coordinator_administers_the_accounts(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using var scope = study.Over();
        const string Forbidden = "reader@chu-lyon.fr is a reviewer: only a coordinator may {0}; nothing was done";
        Refused(RefusalKind.Forbidden, string.Format(null, Forbidden, "see the accounts"), (await scope.Get<ListAccounts>().RunAsync(Reviewer, Cancel)).Refusal);
        Refused(RefusalKind.Forbidden, string.Format(null, Forbidden, "create an account"),
            (await scope.Get<CreateAccount>().RunAsync(Reviewer, "new@chu.fr", LutetiaRole.Coordinator, null, "violet tram under glass", Cancel)).Refusal);
        Refused(RefusalKind.Forbidden, string.Format(null, Forbidden, "disable an account"), (await scope.Get<DisableAccount>().RunAsync(Reviewer, Deputy, null, Cancel)).Refusal);
        Refused(RefusalKind.Forbidden, string.Format(null, Forbidden, "enable an account"), (await scope.Get<EnableAccount>().RunAsync(Reviewer, Deputy, null, Cancel)).Refusal);
        Refused(RefusalKind.Forbidden, string.Format(null, Forbidden, "reset a password"), (await scope.Get<ResetPassword>().RunAsync(Reviewer, Deputy, null, Cancel)).Refusal);
        Refused(RefusalKind.Forbidden, string.Format(null, Forbidden, "change an account's role"),
            (await scope.Get<ChangeRole>().RunAsync(Reviewer, Reader, LutetiaRole.Coordinator, null, null, Cancel)).Refusal);
        Assert.Equal((LutetiaRole.Reviewer, (DateTime?)null), (study.Stored(Reader).Role, study.Stored(Deputy).DisabledAtUtc));
        using var db = study.Store.Open("test:check");
        Assert.False(await db.Users.AnyAsync(u => u.Email == "new@chu.fr", Cancel));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_created_account_is_audited_in_the_creator_s_name_and_every_problem_is_given(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using (var scope = study.Over())
        {
            var create = scope.Get<CreateAccount>();
            var weak = await create.RunAsync(Coordinator, "new@chu.fr", LutetiaRole.Investigator, "C2", "short", Cancel);
            Assert.Equal(RefusalKind.Invalid, weak.Refusal?.Kind);
            Assert.Contains(weak.Refusal!.Fields, f => f.Field == CreateAccount.AccountField && f.Message.Contains("at least 12 characters", StringComparison.Ordinal));
            Refused(RefusalKind.Invalid, "there is no centre \"C9\"; the centres are C1, C2",
                (await create.RunAsync(Coordinator, "new@chu.fr", LutetiaRole.Investigator, "C9", "violet tram under glass", Cancel)).Refusal);
            Assert.True((await create.RunAsync(Coordinator, "new@chu.fr", LutetiaRole.Investigator, "C2", "violet tram under glass", Cancel)).Succeeded);
            var again = await create.RunAsync(Coordinator, "new@chu.fr", LutetiaRole.Reviewer, null, "violet tram under glass", Cancel);
            Assert.Contains("is already taken", again.Refusal?.Message, StringComparison.Ordinal);
        }
        Assert.Equal((LutetiaRole.Investigator, "C2"), (study.Stored("new@chu.fr").Role, study.Stored("new@chu.fr").CenterId));
        Assert.Contains(study.UserEntries("new@chu.fr"), e => e.Action == AuditAction.Insert && e.User == Chief);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_reset_gives_a_random_temporary_password_to_change_and_keeps_no_secret_in_the_trail(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        var before = study.Stored(Reader);
        AccountChange first, second;
        using (var scope = study.Over())
        {
            var reset = scope.Get<ResetPassword>();
            first = (await reset.RunAsync(Coordinator, Reader, "forgotten", Cancel)).Value;
            second = (await reset.RunAsync(Coordinator, Reader, "forgotten again", Cancel)).Value;
            Assert.StartsWith("this is your own account", (await reset.RunAsync(Coordinator, Chief, null, Cancel)).Refusal?.Message, StringComparison.Ordinal);
        }
        Assert.Matches("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", second.TemporaryPassword);
        Assert.NotEqual(first.TemporaryPassword, second.TemporaryPassword);
        var user = study.Stored(Reader);
        Assert.True(user.MustChangePassword);
        Assert.NotEqual(before.SecurityStamp, user.SecurityStamp);
        var hasher = new PasswordHasher<LutetiaUser>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash!, second.TemporaryPassword!));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, Password));
        var entries = study.UserEntries(Reader);
        Assert.Contains(entries, e => (e.Field, e.OldValue, e.NewValue, e.Reason) == ("MustChangePassword", "no", "yes", "forgotten"));
        Assert.DoesNotContain(entries, e => e.Field is "PasswordHash" or "SecurityStamp");
        Assert.DoesNotContain(entries, e => $"{e.OldValue}{e.NewValue}".Contains(second.TemporaryPassword!, StringComparison.Ordinal)
                                            || $"{e.OldValue}{e.NewValue}".Contains(user.PasswordHash!, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_role_and_centre_change_follows_the_rules_of_creation_and_is_audited(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        var before = study.Stored(Reader).SecurityStamp;
        using (var scope = study.Over())
        {
            var change = scope.Get<ChangeRole>();
            Refused(RefusalKind.Invalid, "an investigator enters and sees only their own centre's patients: give the centre with --center ID",
                (await change.RunAsync(Coordinator, Reader, LutetiaRole.Investigator, null, null, Cancel)).Refusal);
            Refused(RefusalKind.Invalid, "there is no centre \"C9\"; the centres are C1, C2",
                (await change.RunAsync(Coordinator, Reader, LutetiaRole.Investigator, "C9", null, Cancel)).Refusal);
            Refused(RefusalKind.Invalid, $"{Reader} is already reviewer: nothing to change",
                (await change.RunAsync(Coordinator, Reader, LutetiaRole.Reviewer, null, null, Cancel)).Refusal);
            Assert.True((await change.RunAsync(Coordinator, Reader, LutetiaRole.Investigator, "C2", "joins Nantes", Cancel)).Succeeded);
        }
        var user = study.Stored(Reader);
        Assert.Equal((LutetiaRole.Investigator, "C2"), (user.Role, user.CenterId));
        Assert.NotEqual(before, user.SecurityStamp);
        var entries = study.UserEntries(Reader).Where(e => e.Action == AuditAction.Update).ToList();
        Assert.Contains(entries, e => (e.Field, e.OldValue, e.NewValue, e.Reason) == ("Role", "reviewer", "investigator", "joins Nantes"));
        Assert.Contains(entries, e => (e.Field, e.OldValue, e.NewValue) == ("CenterId", null, "C2"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Changing_one_s_own_password_needs_the_current_one_and_a_new_one_the_rule_accepts(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        string temporary;
        using (var scope = study.Over())
            temporary = (await scope.Get<ResetPassword>().RunAsync(Coordinator, Reader, null, Cancel)).Value.TemporaryPassword!;
        var stamp = study.Stored(Reader).SecurityStamp;
        using (var scope = study.Over())
        {
            var change = scope.Get<ChangeOwnPassword>();
            Refused(RefusalKind.Invalid, "the current password is wrong", (await change.RunAsync(Reviewer, Password, "violet tram under glass", Cancel)).Refusal);
            Refused(RefusalKind.Invalid, "the new password must differ from the current one", (await change.RunAsync(Reviewer, temporary, temporary, Cancel)).Refusal);
            Assert.Contains("too common", (await change.RunAsync(Reviewer, temporary, "Password2026!", Cancel)).Refusal?.Message, StringComparison.Ordinal);
            Assert.Contains("at least 12 characters", (await change.RunAsync(Reviewer, temporary, "tram-glass", Cancel)).Refusal?.Message, StringComparison.Ordinal);
            Assert.True(study.Stored(Reader).MustChangePassword);
            Assert.True((await change.RunAsync(Reviewer, temporary, "violet tram under glass", Cancel)).Succeeded);
        }
        var user = study.Stored(Reader);
        Assert.False(user.MustChangePassword);
        Assert.Equal(1, user.AccessFailedCount); // the wrong current password counted
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<LutetiaUser>().VerifyHashedPassword(user, user.PasswordHash!, "violet tram under glass"));
        Assert.Contains(study.UserEntries(Reader), e => (e.Field, e.OldValue, e.NewValue, e.User) == ("MustChangePassword", "yes", "no", Reader));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_authenticator_key_and_the_recovery_codes_never_enter_the_audit_trail(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        string key;
        IReadOnlyList<string> codes;
        using (var scope = study.Over())
        {
            key = (await scope.Get<StartTwoFactor>().RunAsync(Coordinator, Cancel)).Value;
            Refused(RefusalKind.Invalid, "the code is wrong: enter the 6 digits the app shows now for Lutetia (and check that the phone's clock is right)",
                (await scope.Get<EnableTwoFactor>().RunAsync(Coordinator, "000000x", Cancel)).Refusal);
            var manager = scope.Get<UserManager<LutetiaUser>>();
            var user = (await manager.FindByEmailAsync(Chief))!;
            await manager.SetTwoFactorEnabledAsync(user, true);
            codes = (await scope.Get<RenewRecoveryCodes>().RunAsync(Coordinator, Cancel)).Value;
            Assert.True((await manager.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded);
        }
        Assert.Equal(10, codes.Count);
        using var check = study.Store.Open("test:check");
        var entries = check.AuditEntries.AsNoTracking().ToList();
        Assert.Contains(entries, e => e.Entity == "AspNetUserTokens" && e.EntityKey.EndsWith("/RecoveryCodes", StringComparison.Ordinal) && e.User == Chief);
        Assert.Contains(entries, e => e.Entity == "AspNetUserTokens" && e.EntityKey.EndsWith("/AuthenticatorKey", StringComparison.Ordinal) && e.User == Chief);
        Assert.Contains(entries, e => (e.Entity, e.Field, e.OldValue, e.NewValue) == ("users", "TwoFactorEnabled", "no", "yes"));
        var text = string.Join("\n", entries.Select(e => $"{e.EntityKey}|{e.Field}|{e.OldValue}|{e.NewValue}"));
        Assert.DoesNotContain(key, text, StringComparison.OrdinalIgnoreCase);
        foreach (var code in codes)
            Assert.DoesNotContain(code, text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_factor_sign_in_stays_on_for_a_coordinator_while_the_study_requires_it(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using (var scope = study.Over())
        {
            Assert.True((await scope.Get<ChangeStudySetting>().RunAsync(Coordinator, "two_factor_required_for_coordinators", "yes", "security review", Cancel)).Value);
            var manager = scope.Get<UserManager<LutetiaUser>>();
            await manager.SetTwoFactorEnabledAsync((await manager.FindByEmailAsync(Chief))!, true);
            var own = (await scope.Get<ShowOwnAccount>().RunAsync(Coordinator, Cancel)).Value;
            Assert.Equal((true, true, false, (string?)null), (own.TwoFactorEnabled, own.TwoFactorRequired, own.MayTurnTwoFactorOff, own.AuthenticatorKey));
            Refused(RefusalKind.Forbidden, "the study requires coordinators to sign in with two factors: it cannot be turned off",
                (await scope.Get<DisableTwoFactor>().RunAsync(Coordinator, Password, Cancel)).Refusal);
        }
        Assert.True(study.Stored(Chief).TwoFactorEnabled);
    }
}
