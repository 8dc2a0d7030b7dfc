using System.IO.Compression;
using Microsoft.Playwright;

namespace Lutetia.Web.Tests;

/// <summary>
/// The study workflow (docs/workflow.md) in a real browser, each person in their own session: the reviewer
/// re-reads an exam blinded, the coordinator raises a query, the centre's investigator answers it,
/// the coordinator closes it and locks the record with the password, the investigator's edit is
/// refused, the analysis page gives the report and an R export downloads. Screenshots go to
/// /tmp/lutetia-e2e-workflow-*.png.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class WorkflowEndToEndTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int TimeoutMs = 15_000;

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"/tmp/lutetia-e2e-workflow-{name}.png", FullPage = true });

    private Task<(IBrowserContext Context, IPage Page)> SignIn(string email) => app.SignInAsync(email, TimeoutMs);

    private static async Task Step(IPage page, string action, string text)
    {
        await page.FillAsync("article#q1 input[name=text]", text);
        await page.ClickAsync($"article#q1 button[value={action}]");
        await page.Locator("p.saved").WaitForAsync();
    }

    [Fact]
    public async Task A_multicentre_study_runs_in_the_browser_from_central_review_to_the_report_and_an_R_export()
    {
        var (reviewerSession, reviewer) = await SignIn(Accounts.Reviewer);
        var (coordinatorSession, coordinator) = await SignIn(Accounts.Coordinator);
        var (investigatorSession, investigator) = await SignIn(Accounts.Investigator);
        await using var _ = reviewerSession;
        await using var __ = coordinatorSession;
        await using var ___ = investigatorSession;

        // The reviewer re-reads P1's baseline exam without seeing the local read.
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Central review" }).ClickAsync();
        await Shot(reviewer, "01-review-queue");
        await reviewer.Locator("table.review-queue a[href='/review/P1/2020-01-10/ct']").ClickAsync();
        await reviewer.WaitForURLAsync("**/review/P1/2020-01-10/ct");
        Assert.DoesNotContain("40", await reviewer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await reviewer.FillAsync("input[name='d:M1']", "41.5");
        await Shot(reviewer, "02-review-blinded");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Submit the central read" }).ClickAsync();
        await reviewer.Locator("table.comparison").WaitForAsync();
        Assert.Contains("41.540", (await reviewer.Locator("table.comparison tbody tr").InnerTextAsync()).Replace("\t", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await Shot(reviewer, "03-review-stored");
        await reviewer.GotoAsync("/review/P1/2020-07-10/ct");
        await reviewer.FillAsync("input[name='d:M1']", "35");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Submit the central read" }).ClickAsync();
        await reviewer.Locator("table.comparison").WaitForAsync();
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Agreement" }).ClickAsync();
        Assert.Contains("1 patients, 100 % agreement", await reviewer.Locator("#agreement-C1").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(reviewer, "03b-agreement");

        // The coordinator raises a query on P1's Ki-67, from the field itself.
        await coordinator.GotoAsync("/patients/P1");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "raise a query on Ki-67 (%)" }).ClickAsync();
        await coordinator.FillAsync("input[name=text]", "Ki-67 of 4 %: please confirm from the pathology report.");
        await Shot(coordinator, "04-raise-query");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Raise the query" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/patients/P1/queries?raised=1**");

        // The investigator of C1 finds it in the centre's list and answers.
        await investigator.GetByRole(AriaRole.Link, new() { Name = "Queries", Exact = true }).First.ClickAsync();
        await investigator.WaitForURLAsync("**/queries/C1");
        await Shot(investigator, "05-centre-queries");
        await investigator.GetByRole(AriaRole.Link, new() { Name = "Data quality" }).ClickAsync();
        await investigator.Locator("table.completeness, p.saved").First.WaitForAsync();
        await Shot(investigator, "05b-quality");
        await investigator.GotoAsync("/queries/C1");
        await investigator.GetByRole(AriaRole.Link, new() { Name = "P1/Q1" }).ClickAsync();
        await Step(investigator, "answer", "Confirmed: 4 % on the pathology report of 2019-11-02.");
        await Shot(investigator, "06-answered");

        // The coordinator proposes the resolution, closes the query, then locks the record.
        await coordinator.GotoAsync("/patients/P1/queries");
        await Step(coordinator, "propose_resolution", "Value confirmed by the centre.");
        await Step(coordinator, "close", "Closed: source document checked.");
        Assert.Contains("closed", await coordinator.Locator("article#q1 h3").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(coordinator, "07-closed");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Lock", Exact = true }).ClickAsync();
        await coordinator.FillAsync("input[name=password]", Accounts.Password);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lock the record" }).ClickAsync();
        await coordinator.Locator("p.saved").WaitForAsync();
        await Shot(coordinator, "08-locked");

        // The investigator finds the record read-only, with who locked it and when (a posted save is refused: QueriesOnFieldsTests).
        await investigator.GotoAsync("/patients/P1");
        var banner = investigator.Locator("p.locked");
        await banner.WaitForAsync();
        Assert.Contains("This record is locked for analysis, signed by coordinator@lutetia.test", await banner.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await investigator.Locator("input[type=text][name$=':ki67_percent']").CountAsync());
        Assert.Equal(0, await investigator.Locator("button[name=then]").CountAsync());
        await Shot(investigator, "09-edit-refused");

        // The analysis page, the report and an R export.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Analysis", Exact = true }).ClickAsync();
        await coordinator.FillAsync("input[name=patient]", "P1");
        await coordinator.ClickAsync("#derivation button[type=submit]");
        await coordinator.Locator("ul.derivations").WaitForAsync();
        await Shot(coordinator, "10-analysis");
        var download = await coordinator.RunAndWaitForDownloadAsync(() =>
            coordinator.GetByRole(AriaRole.Link, new() { Name = "Whole cohort for R (CSV + load.R setting types and factor labels, .zip)" }).ClickAsync());
        var zip = Path.Combine(Path.GetTempPath(), "lutetia-e2e-workflow-r.zip");
        await download.SaveAsAsync(zip);
        using (var archive = ZipFile.OpenRead(zip))
            Assert.Contains(archive.Entries, e => e.FullName == "load.R");
        await coordinator.GotoAsync("/analysis/report.html");
        Assert.Contains("MesenLuth analysis of the live Lutetia database", await coordinator.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(coordinator, "11-report");
    }
}
