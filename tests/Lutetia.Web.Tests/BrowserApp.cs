using Lutetia.Storage;
using Lutetia.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Lutetia.Web.Tests;

/// <summary>
/// The real application on Kestrel on a free loopback port (as <c>lutetia serve --urls
/// http://127.0.0.1:0</c> runs it) with the test cohort and accounts, and Debian's Chromium driven
/// by Playwright. Never downloads a browser: Chromium is /usr/bin/chromium. On SQLite;
/// <see cref="PostgresBrowserApp"/> runs the same on PostgreSQL.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private TestDatabase? _database;
    private IHost? _host;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;
    public LutetiaConnection Connection => _database!.Connection;

    /// <summary>The database the application runs on.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's Chromium with `apt-get install -y chromium` (never `playwright install`).");
        _database = TestDatabase.Create(Provider);
        var settings = new WebSettings(_database.Connection, "http://127.0.0.1:0") { QuietLogs = true };
        LutetiaWeb.Migrate(settings);
        using (var db = LutetiaDatabase.Open(_database.Connection, "test:seed"))
        {
            db.Reason = "test cohort";
            CohortStore.Import(db, WebCohort.Build());
            await Accounts.AddAllAsync(db);
        }
        _host = LutetiaWeb.CreateHostBuilder(settings).Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        BaseUrl = ServerAddresses.Of(_host).Single().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new browser session (its own cookies) signed in as <paramref name="email"/>, on the patient list.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignInAsync(string email, int timeoutMs)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(timeoutMs);
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", Accounts.Password);
        await page.ClickAsync("button[type=submit]");
        // Each role lands on its own page (the dashboard, the analysis, the patient list); the tests start from the patient list.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("/patients");
        return (context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync(TestContext.Current.CancellationToken);
            _host.Dispose();
        }
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }
}
