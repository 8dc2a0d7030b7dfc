using Microsoft.AspNetCore.Identity;

namespace Lutetia.Storage.Tests;

public sealed class UserAccountTests
{
    private const string Password = "Correct-horse-9";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_coordinator_is_created_with_a_hashed_password_and_ends_the_first_run_message(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using var db = store.Open("cli:root");
        Assert.Contains("lutetia user add --email YOU@HOSPITAL.ORG --role coordinator --db \"x.db\" --password-stdin",
            UserAccounts.FirstRunMessage(db, "x.db"), StringComparison.Ordinal);

        Assert.Empty(await UserAccounts.AddAsync(db, "chief@chu-lyon.fr", LutetiaRole.Coordinator, null, Password));

        var user = db.Users.Single();
        Assert.Equal((LutetiaRole.Coordinator, (string?)null, "CHIEF@CHU-LYON.FR"), (user.Role, user.CenterId, user.NormalizedEmail));
        Assert.DoesNotContain(Password, user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<LutetiaUser>().VerifyHashedPassword(user, user.PasswordHash!, Password));
        Assert.Null(UserAccounts.FirstRunMessage(db, "x.db"));
        var audit = Assert.Single(db.AuditEntries.Where(e => e.Entity == "users"));
        Assert.DoesNotContain("PasswordHash", audit.NewValue!, StringComparison.Ordinal);
        Assert.DoesNotContain(user.PasswordHash!, audit.NewValue!, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, audit.NewValue!, StringComparison.Ordinal);
        Assert.Contains("Role=coordinator", audit.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_investigator_needs_a_centre_that_exists()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var db = store.Open("cli:root");
        Assert.Equal(["an investigator enters and sees only their own centre's patients: give the centre with --center ID"],
            await UserAccounts.AddAsync(db, "inv@chu-lyon.fr", LutetiaRole.Investigator, null, Password));
        Assert.Equal(["there is no centre \"C9\"; the centres are C1, C2"],
            await UserAccounts.AddAsync(db, "inv@chu-lyon.fr", LutetiaRole.Investigator, "C9", Password));
        Assert.Empty(await UserAccounts.AddAsync(db, "inv@chu-lyon.fr", LutetiaRole.Investigator, "C2", Password));
        Assert.Equal("C2", db.Users.Single().CenterId);
    }

    [Fact]
    public async Task A_weak_password_and_a_reused_email_get_identity_s_messages()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var db = store.Open("cli:root");
        var weak = await UserAccounts.AddAsync(db, "a@b.org", LutetiaRole.Reviewer, null, "short");
        Assert.Equal(["Passwords must be at least 12 characters."], weak);
        Assert.Empty(await UserAccounts.AddAsync(db, "a@b.org", LutetiaRole.Reviewer, null, Password));
        var again = await UserAccounts.AddAsync(db, "a@b.org", LutetiaRole.Statistician, null, Password);
        Assert.Contains(again, m => m.Contains("is already taken", StringComparison.Ordinal));
        Assert.Single(db.Users);
    }
}
