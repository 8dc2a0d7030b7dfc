using Lutetia.Storage;

namespace Lutetia.Web.Tests;

/// <summary>The accounts of the test applications, one per role; the investigator belongs to C1.</summary>
public static class Accounts
{
    public const string Password = "Lutetia-test-2026!";
    public const string Coordinator = "coordinator@lutetia.test";
    public const string Investigator = "investigator@lutetia.test";
    public const string Reviewer = "reviewer@lutetia.test";
    public const string Statistician = "statistician@lutetia.test";

    public static async Task AddAllAsync(LutetiaDbContext db)
    {
        await Add(db, Coordinator, LutetiaRole.Coordinator, null);
        await Add(db, Investigator, LutetiaRole.Investigator, WebCohort.OwnCenter);
        await Add(db, Reviewer, LutetiaRole.Reviewer, null);
        await Add(db, Statistician, LutetiaRole.Statistician, null);
    }

    public static async Task Add(LutetiaDbContext db, string email, LutetiaRole role, string? center)
    {
        var problems = await UserAccounts.AddAsync(db, email, role, center, Password);
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }
}
