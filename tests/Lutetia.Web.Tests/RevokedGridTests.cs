using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// The session checked on every request, in a real browser: the interactive lesion grid keeps its circuit open after the
/// request that opened it, so it asks the database again before saving; a session revoked meanwhile
/// (here a new security stamp) saves nothing.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class RevokedGridTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int TimeoutMs = 15_000;

    [Fact]
    public async Task An_open_lesion_grid_of_a_revoked_session_saves_nothing()
    {
        var (context, page) = await app.SignInAsync(Accounts.Coordinator, TimeoutMs);
        await using var _ = context;
        await page.GotoAsync($"/patients/{WebCohort.OwnPatient}/reads/R2");
        await page.Locator("section.lesion-grid[data-interactive=yes]").WaitForAsync(new() { Timeout = TimeoutMs });
        using (var db = LutetiaDatabase.Open(app.Connection, "test:stamp"))
        {
            using var users = UserAccounts.Manager(db);
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync(Accounts.Coordinator))!);
        }
        await page.FillAsync("#M1-diameter_mm", "12");
        await page.FillAsync("#grid-reason", "re-measured");
        await page.ClickAsync("#grid-save");
        await page.Locator("p.problem").WaitForAsync(new() { Timeout = TimeoutMs });
        Assert.StartsWith("Your session has ended", (await page.Locator("p.problem").TextContentAsync())?.Trim(), StringComparison.Ordinal);
        using var check = LutetiaDatabase.Open(app.Connection, "test:check");
        Assert.False(check.AuditEntries.AsNoTracking().Any(e => e.Entity == "measurements" && e.User == Accounts.Coordinator));
    }
}
