namespace Lutetia.Storage.Tests;

/// <summary>The password rule (docs/security.md, Accounts; NIST SP 800-63B §3.1.1.2): at least 12 characters, not a common password, no composition rule.</summary>
public sealed class PasswordRuleTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password2026!")]
    [InlineData("P@ssw0rd-12345")]
    [InlineData("passwordpassword")]
    [InlineData("AZERTYUIOP123")]
    [InlineData("qwertyuiop123")]
    [InlineData("2026!motdepasse!")]
    [InlineData("1q2w3e4r5t6y")]
    [InlineData("administrator")]
    [InlineData("Welcome2026!!")]
    public void A_common_password_or_an_obvious_variant_of_one_is_listed(string password)
    {
        Assert.True(CommonPasswords.Contains(password));
    }

    [Theory]
    [InlineData("Correct-horse-9")]
    [InlineData("violet tram under glass")]
    [InlineData("Lutetia-test-2026!")]
    [InlineData("k7-dune-margin-oar")]
    public void An_uncommon_password_is_not_listed(string password)
    {
        Assert.False(CommonPasswords.Contains(password));
    }

    [Fact]
    public void The_shipped_list_holds_several_hundred_passwords()
    {
        Assert.InRange(CommonPasswords.Count, 600, 100_000);
    }

    [Fact]
    public async Task The_rule_is_twelve_characters_and_no_common_password_without_composition_rules()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var db = store.Open("cli:root");
        Assert.Equal(["Passwords must be at least 12 characters."], await UserAccounts.AddAsync(db, "a@b.org", LutetiaRole.Reviewer, null, "Tram-glass9"));
        var common = await UserAccounts.AddAsync(db, "a@b.org", LutetiaRole.Reviewer, null, "Password2026!");
        Assert.Contains(common, m => m.StartsWith("This password is too common", StringComparison.Ordinal));
        var ownEmail = await UserAccounts.AddAsync(db, "florence.martin@chu.fr", LutetiaRole.Reviewer, null, "florence.martin-2026");
        Assert.Contains(ownEmail, m => m.Contains("the account's e-mail", StringComparison.Ordinal));
        Assert.Empty(await UserAccounts.AddAsync(db, "a@b.org", LutetiaRole.Reviewer, null, "violet tram under glass"));
    }
}
