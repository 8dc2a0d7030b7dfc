using System.Net;
using Lutetia.Web.Hosting;

namespace Lutetia.Web.Tests;

/// <summary>
/// The analysis computed once per data version and scope (docs/analysis.md, "The analysis cache"): with
/// the cache warm, an account of another scope never gets the cached numbers; the derivations page.
/// </summary>
public abstract class AnalysisCacheTests(AppFixture fixture)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private static async Task<string> Body(HttpResponseMessage response) =>
        Text(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task A_centres_investigator_never_gets_the_analysis_cached_for_every_centre()
    {
        var app = await fixture.AppAsync();
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);
        using var statistician = await WebClient.SignedInAsync(app, Accounts.Statistician);
        using var investigator = await WebClient.SignedInAsync(app, Accounts.Investigator);
        // Warm the cache with the whole study's analysis, twice so the second answer is the cached one.
        foreach (var path in new[] { "/analysis", "/analysis", "/analysis/derivations" })
        {
            var page = await Body(await coordinator.GetAsync(path));
            Assert.Contains(path == "/analysis" ? "2 patients screened" : "2 patients.", page, StringComparison.Ordinal);
        }
        Assert.Contains("2 patients screened", Text(await statistician.GetPageAsync("/analysis")), StringComparison.Ordinal);

        foreach (var path in new[] { "/analysis", "/analysis/report.html", "/analysis/report.html?download=1", "/analysis/derivations", "/analysis/derivations?search=P2" })
        {
            var response = await investigator.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var body = await Body(response);
            Assert.DoesNotContain("patients screened", body, StringComparison.Ordinal);
            Assert.DoesNotContain("patient-P2", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_derivations_page_searches_by_identifier_and_refuses_a_page_that_does_not_exist()
    {
        var app = await fixture.AppAsync();
        using var statistician = await WebClient.SignedInAsync(app, Accounts.Statistician);
        var all = Text(await statistician.GetPageAsync("/analysis/derivations"));
        Assert.Contains("id=\"patient-P1\"", all, StringComparison.Ordinal);
        Assert.Contains("id=\"patient-P2\"", all, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", all, StringComparison.Ordinal);
        Assert.Contains("<li><b>", all, StringComparison.Ordinal);

        var found = Text(await statistician.GetPageAsync("/analysis/derivations?search=p1"));
        Assert.Contains("1 patient(s) whose identifier contains “p1”", found, StringComparison.Ordinal);
        Assert.Contains("id=\"patient-P1\"", found, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"patient-P2\"", found, StringComparison.Ordinal);

        var beyond = Text(await statistician.GetPageAsync("/analysis/derivations?page=2"));
        Assert.Contains("Page 2 does not exist: 2 patient(s) match, on 1 page(s)", beyond, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"patient-P1\"", beyond, StringComparison.Ordinal);
        Assert.Contains("“two” is not a page number", Text(await statistician.GetPageAsync("/analysis/derivations?page=two")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_report_links_to_the_derivations_page_instead_of_carrying_every_patients_derivation()
    {
        var app = await fixture.AppAsync();
        using var statistician = await WebClient.SignedInAsync(app, Accounts.Statistician);
        var report = await Body(await statistician.GetAsync("/analysis/report.html"));
        Assert.Contains($"<a href=\"{WorkflowEndpoints.DerivationsPage}\">", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<details id=\"patient-", report, StringComparison.Ordinal);
        Assert.Contains("2 patients screened", report, StringComparison.Ordinal);
    }
}
