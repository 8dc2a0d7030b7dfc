using Microsoft.Playwright;

namespace Lutetia.Web.Tests;

/// <summary>
/// A data manager's session in a real browser: sign in, create a patient, enter the baseline and
/// post-PRRT reads in the lesion grid, watch the MM category appear, correct a value with a reason,
/// find the correction in the audit trail. Screenshots go to /tmp/lutetia-e2e-*.png.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EndToEndTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int TimeoutMs = 15_000;

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"/tmp/lutetia-e2e-{name}.png", FullPage = true });

    /// <summary>Saves the page (all its tables are one form with one save) and waits for its "Saved.".</summary>
    private static async Task Save(IPage page)
    {
        await page.Locator(SaveButton).ClickAsync();
        await page.Locator("p.saved").WaitForAsync(new() { Timeout = TimeoutMs });
    }

    private const string SaveButton = "button[name=then][value=stay]";

    private static async Task OpenGrid(IPage page, string patient, string read)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Imaging", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = read, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/patients/{patient}/reads/{read}", new() { Timeout = TimeoutMs });
        await page.Locator("section.lesion-grid[data-interactive=yes]").WaitForAsync(new() { Timeout = TimeoutMs });
    }

    private static async Task Expect(ILocator locator, string text)
    {
        for (var i = 0; i < 150 && (await locator.TextContentAsync())?.Trim() != text; i++)
            await Task.Delay(100);
        Assert.Equal(text, (await locator.TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task A_data_manager_enters_reads_watches_the_MM_category_and_finds_a_correction_in_the_audit_trail()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(TimeoutMs);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (consoleErrors)
                    consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync("/patients");
        await page.WaitForURLAsync("**/login**");
        await Shot(page, "01-login");
        await page.FillAsync("input[name=email]", Accounts.Investigator);
        await page.FillAsync("input[name=password]", Accounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/patients"); // back to the page that asked for the sign-in
        await Shot(page, "02-patients");

        await page.GetByRole(AriaRole.Link, new() { Name = "New patient" }).ClickAsync();
        await page.FillAsync("input[name='patients/new:patient_id']", "E-001");
        await page.SelectOptionAsync("select[name='patients/new:sex']", "female");
        await page.SelectOptionAsync("select[name='patients/new:primary_site']", "ileum");
        await page.SelectOptionAsync("select[name='patients/new:differentiation']", "well");
        await page.SelectOptionAsync("select[name='patients/new:prior_prrt']", "no");
        await page.FillAsync("input[name='patients/new:ki67_percent']", "2.5");
        await page.FillAsync("input[name='patients/new:last_news_date']", "2021-06-01");
        await Shot(page, "03-new-patient");
        await page.ClickAsync(SaveButton);
        await page.WaitForURLAsync("**/patients/E-001");

        await page.GetByRole(AriaRole.Link, new() { Name = "Imaging", Exact = true }).ClickAsync();
        await page.FillAsync("#t-lesions input[name='lesions/new:lesion_id']", "MM");
        await page.SelectOptionAsync("#t-lesions select[name='lesions/new:site']", "mesentery");
        await page.SelectOptionAsync("#t-lesions select[name='lesions/new:mesenteric_mass']", "yes");
        await page.SelectOptionAsync("#t-lesions select[name='lesions/new:nodal']", "yes");
        await page.SelectOptionAsync("#t-lesions select[name='lesions/new:role']", "target");
        await Save(page);
        foreach (var (read, date) in new[] { ("E-B0", "2020-01-10"), ("E-F1", "2020-07-10") })
        {
            await page.FillAsync("#t-reads input[name='reads/new:read_id']", read);
            await page.FillAsync("#t-reads input[name='reads/new:exam_date']", date);
            await page.SelectOptionAsync("#t-reads select[name='reads/new:modality']", "ct");
            await page.SelectOptionAsync("#t-reads select[name='reads/new:reader']", "local");
            await Save(page);
        }
        await Shot(page, "04-imaging");

        await OpenGrid(page, "E-001", "E-B0");
        await page.FillAsync("#MM-diameter_mm", "40");
        await page.ClickAsync("#grid-save");
        await Expect(page.Locator("p.saved"), "Saved. The change is in the audit trail.");
        await Shot(page, "05-baseline-grid");

        await OpenGrid(page, "E-001", "E-F1");
        await page.FillAsync("#MM-diameter_mm", "25");
        await Expect(page.Locator("#mm-category"), "PR");
        await Expect(page.Locator("#mm-change"), "-37.5 %");
        await Shot(page, "06-follow-up-grid-pr");
        await page.ClickAsync("#grid-save");
        await Expect(page.Locator("p.saved"), "Saved. The change is in the audit trail.");

        await page.FillAsync("#MM-diameter_mm", "30");
        await Expect(page.Locator("#mm-category"), "SD");
        await page.ClickAsync("#grid-save");
        await page.Locator("p.problem").WaitForAsync();
        Assert.Contains("give a reason", await page.Locator("p.problem").TextContentAsync(), StringComparison.Ordinal);
        await Shot(page, "07-reason-required");
        await page.FillAsync("#grid-reason", "re-measured on the source images");
        await page.ClickAsync("#grid-save");
        await Expect(page.Locator("p.saved"), "Saved. The change is in the audit trail.");
        await Expect(page.Locator("#mm-category"), "SD");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        var correction = page.Locator("table.audit tr", new() { HasText = "re-measured on the source images" });
        await correction.WaitForAsync();
        var cells = await correction.Locator("td").AllTextContentsAsync();
        Assert.Equal(["update", "measurements", "E-F1/MM", "diameter_mm", "25", "30", "re-measured on the source images"], cells.Skip(3).ToArray());
        Assert.Equal(Accounts.Investigator, cells[2]);
        await Shot(page, "08-audit");

        await page.GetByRole(AriaRole.Link, new() { Name = "PRRT cycles" }).ClickAsync();
        await page.FillAsync("#t-prrt_cycles input[name='prrt_cycles/new:cycle']", "1");
        await page.FillAsync("#t-prrt_cycles input[name='prrt_cycles/new:date']", "2020-02-01");
        await page.FillAsync("#t-prrt_cycles input[name='prrt_cycles/new:activity_gbq']", "7,4");
        await page.SelectOptionAsync("#t-prrt_cycles select[name='prrt_cycles/new:dose']", "full");
        await page.ClickAsync(SaveButton);
        var issue = page.Locator("#t-prrt_cycles .issue");
        await issue.WaitForAsync();
        Assert.Contains("12.5 (not 12,5)", await issue.TextContentAsync(), StringComparison.Ordinal);
        await Shot(page, "09-cycles-field-message");
        await page.FillAsync("#t-prrt_cycles input[name='prrt_cycles/new:activity_gbq']", "7.4");
        await Save(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Symptoms, labs, complications" }).ClickAsync();
        await page.Locator("#t-labs").WaitForAsync();
        await Shot(page, "10-clinical");
        await page.GotoAsync("/patients/P2");
        await Expect(page.Locator("h1"), "Not found");
        await Shot(page, "11-other-centre");

        // The Content-Security-Policy lets Blazor's script and circuit work: the browser refused nothing.
        lock (consoleErrors)
            Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
