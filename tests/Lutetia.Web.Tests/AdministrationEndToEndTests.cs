using Microsoft.Playwright;

namespace Lutetia.Web.Tests;

/// <summary>
/// The coordinator, in a real browser, adds a centre and creates its investigator's account; that
/// investigator signs in in their own session and sees their centre only. Screenshots go to
/// /tmp/lutetia-e2e-admin-*.png.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AdministrationEndToEndTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int TimeoutMs = 15_000;
    private const string NewInvestigator = "rennes@lutetia.test";

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"/tmp/lutetia-e2e-admin-{name}.png", FullPage = true });

    private Task<(IBrowserContext Context, IPage Page)> SignIn(string email) => app.SignInAsync(email, TimeoutMs);

    [Fact]
    public async Task The_coordinator_adds_a_centre_and_its_investigator_who_then_sees_only_that_centre()
    {
        var (coordinatorSession, coordinator) = await SignIn(Accounts.Coordinator);
        await using var _ = coordinatorSession;

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Centres" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/centres");
        var add = coordinator.Locator("form:has(input[name=_handler][value=add-centre])");
        await add.Locator("input[name=center_id]").FillAsync("C 3");
        await add.Locator("input[name=name]").FillAsync("Rennes");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add the centre" }).ClickAsync();
        Assert.Contains("is not an identifier", await coordinator.Locator("span.issue").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(coordinator, "01-bad-centre-id");
        add = coordinator.Locator("form:has(input[name=_handler][value=add-centre])");
        await add.Locator("input[name=center_id]").FillAsync("C3");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add the centre" }).ClickAsync();
        await coordinator.Locator("p.saved").WaitForAsync();
        Assert.Contains("C3\tRennes\t0", await coordinator.Locator("table.centres").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(coordinator, "02-centre-added");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Accounts" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/accounts");
        await coordinator.FillAsync("input[name=email]", NewInvestigator);
        await coordinator.SelectOptionAsync("select[name=role]", "investigator");
        await coordinator.SelectOptionAsync("select[name=center]", "C3");
        await coordinator.FillAsync("input[name=password]", Accounts.Password);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await coordinator.Locator("p.saved").WaitForAsync();
        var accounts = await coordinator.Locator("table.accounts").InnerTextAsync();
        Assert.Contains($"{NewInvestigator}\tinvestigator\tC3\tno", accounts, StringComparison.Ordinal);
        Assert.DoesNotContain(Accounts.Password, await coordinator.ContentAsync(), StringComparison.Ordinal);
        await Shot(coordinator, "03-account-created");

        var (investigatorSession, investigator) = await SignIn(NewInvestigator);
        await using var __ = investigatorSession;
        Assert.Contains("centre C3", await investigator.Locator("header .who").InnerTextAsync(), StringComparison.Ordinal);
        var list = await investigator.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("P1", list, StringComparison.Ordinal);
        Assert.DoesNotContain("P2", list, StringComparison.Ordinal);
        Assert.Equal(0, await investigator.GetByRole(AriaRole.Link, new() { Name = "Centres" }).CountAsync());
        await Shot(investigator, "04-investigator-patients");
    }
}
