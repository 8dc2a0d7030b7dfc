using System.Diagnostics;
using System.Globalization;
using Deque.AxeCore.Playwright;
using Lutetia.Storage;
using Microsoft.Playwright;

namespace Lutetia.Web.Tests;

/// <summary>
/// Every page, for anonymous visitors and every role, in Chromium at 1280 × 800 and 390 × 844
/// (docs/web.md, Accessibility): axe-core finds no serious or critical violation, the first Tab
/// lands on the skip link and shows a focus outline, and at 390 px the page itself never scrolls
/// sideways (tables scroll inside their own box). SQLite only: axe judges the HTML, which does not
/// depend on the database. The main pages are photographed at both widths into
/// $LUTETIA_SCREENSHOTS (default /tmp/lutetia-a11y), the source of docs/web/*.png, with
/// findings.txt, what each page gave.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int TimeoutMs = 15_000;
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly string?[] Sessions = [null, Accounts.Coordinator, Accounts.Investigator, Accounts.Reviewer, Accounts.Statistician];

    /// <summary>The pages photographed for docs/web.md, each as the role that works on it.</summary>
    private static readonly Dictionary<(LutetiaRole, string), string> Shots = new()
    {
        [(LutetiaRole.Investigator, "/patients")] = "patient-list",
        [(LutetiaRole.Investigator, "/patients/P1")] = "patient-form",
        [(LutetiaRole.Investigator, "/patients/P1/reads/R2")] = "lesion-grid",
        [(LutetiaRole.Reviewer, "/review/P1/2020-01-10/ct")] = "review",
        [(LutetiaRole.Statistician, "/analysis")] = "analysis",
    };

    private static string ShotFolder => Environment.GetEnvironmentVariable("LUTETIA_SCREENSHOTS") is { Length: > 0 } folder
        ? folder : Path.Combine(Path.GetTempPath(), "lutetia-a11y");

    [Fact]
    public async Task Every_page_of_every_role_has_no_serious_axe_violation_a_skip_link_and_no_sideways_scroll_at_390_px()
    {
        Directory.CreateDirectory(ShotFolder);
        File.Delete(Path.Combine(ShotFolder, "findings.txt"));
        var clock = Stopwatch.StartNew();
        var pages = SitePages.All();
        var findings = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var summary = new List<string>();
        foreach (var email in Sessions)
        {
            var role = email is null ? (LutetiaRole?)null : RoleOf(email);
            var reached = pages.Where(p => role is { } r ? !p.Anonymous && p.Reaches(r) : p.Anonymous).ToList();
            await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Desktop });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(TimeoutMs);
            if (email is not null)
                await SignIn(page, email);
            var before = findings.Count;
            foreach (var site in reached)
            {
                await Visit(page, site, role, findings);
                visited.Add(site.Path);
            }
            summary.Add($"{email ?? "anonymous"}: {reached.Count} pages × 2 widths, {findings.Count - before} findings");
        }
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', summary) + $"\n{clock.Elapsed.TotalSeconds:0.0} s");
        Assert.DoesNotContain(pages, p => !visited.Contains(p.Path));
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    private static LutetiaRole RoleOf(string email) => email switch
    {
        Accounts.Coordinator => LutetiaRole.Coordinator,
        Accounts.Investigator => LutetiaRole.Investigator,
        Accounts.Reviewer => LutetiaRole.Reviewer,
        _ => LutetiaRole.Statistician,
    };

    private static async Task SignIn(IPage page, string email)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", Accounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>One page at both widths; what is wrong is added to <paramref name="findings"/>.</summary>
    private static async Task Visit(IPage page, SitePages.SitePage site, LutetiaRole? role, List<string> findings)
    {
        await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        var response = await page.GotoAsync(site.Path);
        var status = response?.Status ?? 0;
        // The reviewer's imaging pages answer 403 while exams await their blinded central read (BlindingTests): the refusal page is checked instead.
        var expected = site.Path.StartsWith("/status/", StringComparison.Ordinal) ? status
            : role == LutetiaRole.Reviewer && site.Section == Workflow.Access.CrfSection.Imaging ? 403 : 200;
        var where = $"{role?.ToString() ?? "anonymous"} {site.Path}";
        var known = findings.Count;
        if (status != expected)
            findings.Add($"{where}: HTTP {status}, expected {expected}");
        if (await page.Locator("[data-interactive]").CountAsync() > 0)
            await page.Locator("[data-interactive=yes]").First.WaitForAsync();
        await CheckSkipLink(page, where, findings);
        await CheckAxe(page, $"{where} at 1280 px", findings);
        await Shoot(page, site.Path, role, Desktop.Width);
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (width > Phone.Width)
            findings.Add($"{where} at 390 px: the page is {width.ToString(CultureInfo.InvariantCulture)} px wide and scrolls sideways ({await Widest(page)})");
        await CheckAxe(page, $"{where} at 390 px", findings);
        await Shoot(page, site.Path, role, Phone.Width);
        if (role is not null && site.Path == "/patients")
            await CheckMenu(page, where, role == LutetiaRole.Investigator, findings);
        await File.AppendAllLinesAsync(Path.Combine(ShotFolder, "findings.txt"), [$"{where}: {findings.Count - known} findings", .. findings.Skip(known)]);
    }

    /// <summary>The first Tab reaches "Skip to content" and draws an outline; Enter on it moves the focus to main#content.</summary>
    private static async Task CheckSkipLink(IPage page, string where, List<string> findings)
    {
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>(
            "(() => { const e = document.activeElement; const s = getComputedStyle(e);" +
            " return `${e.tagName} ${e.getAttribute('href')} ${e.textContent.trim()} | ${s.outlineStyle} ${s.outlineWidth}`; })()");
        if (!focused.StartsWith("A ", StringComparison.Ordinal) || !focused.Contains("#content Skip to content |", StringComparison.Ordinal))
        {
            findings.Add($"{where}: the first Tab lands on «{focused}», not the skip link");
            return;
        }
        if (focused.EndsWith(" none 0px", StringComparison.Ordinal))
            findings.Add($"{where}: the skip link shows no focus outline");
        var before = page.Url;
        await page.Keyboard.PressAsync("Enter");
        try
        {
            var target = await page.EvaluateAsync<string>("document.activeElement.tagName + '#' + document.activeElement.id");
            if (target != "MAIN#content")
                findings.Add($"{where}: the skip link leaves the focus on {target}, not on <main id=\"content\">");
        }
        catch (PlaywrightException)
        {
            findings.Add($"{where}: the skip link loads another page ({before} → {page.Url}) instead of moving the focus");
            await page.GotoAsync(before);
        }
    }

    /// <summary>At 390 px the links hide behind "Menu" until it is opened; at 1280 px they show without it.</summary>
    private static async Task CheckMenu(IPage page, string where, bool shoot, List<string> findings)
    {
        var link = page.Locator("nav[aria-label=Main] a").First;
        var menu = page.Locator("details.menu > summary");
        if (await link.IsVisibleAsync() || !await menu.IsVisibleAsync())
            findings.Add($"{where} at 390 px: the navigation does not collapse behind the Menu button");
        await menu.ClickAsync();
        if (!await link.IsVisibleAsync())
            findings.Add($"{where} at 390 px: the Menu button does not show the links");
        if (shoot)
            await page.ScreenshotAsync(new() { Path = Path.Combine(ShotFolder, "menu-390.png") });
        await CheckAxe(page, $"{where} at 390 px, menu open", findings);
        await menu.ClickAsync();
        await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        if (!await link.IsVisibleAsync() || await menu.IsVisibleAsync())
            findings.Add($"{where} at 1280 px: the navigation is not shown in full");
    }

    private static async Task CheckAxe(IPage page, string where, List<string> findings)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            var nodes = string.Join("; ", violation.Nodes.Take(3).Select(n => $"{string.Join(' ', n.Target)} {n.Html}"));
            findings.Add($"{where}: {violation.Id} ({violation.Impact}) {violation.Help} — {violation.Nodes.Length} × e.g. {nodes}");
        }
    }

    /// <summary>The element sticking out farthest to the right, to say what makes the page scroll.</summary>
    private static Task<string> Widest(IPage page) => page.EvaluateAsync<string>(
        "(() => { let w = null; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();" +
        " if (!w || r.right > w.r) w = { r: r.right, d: e.tagName + '.' + e.className }; } return w ? `${w.d} ends at ${Math.round(w.r)} px` : ''; })()");

    private static async Task Shoot(IPage page, string path, LutetiaRole? role, int width)
    {
        if (role is { } r && Shots.TryGetValue((r, path), out var name))
            await page.ScreenshotAsync(new() { Path = Path.Combine(ShotFolder, $"{name}-{width.ToString(CultureInfo.InvariantCulture)}.png"), FullPage = true });
    }
}
