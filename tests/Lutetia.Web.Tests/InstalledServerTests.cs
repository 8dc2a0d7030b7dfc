using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Lutetia.Web.Tests.PublishedLutetia))]

namespace Lutetia.Web.Tests;

/// <summary>
/// The output of <c>dotnet publish</c> — what an administrator installs,
/// and what the packed tool is made of — serves the web application with its styles and script,
/// configured by its environment alone, writing JSON request logs without a patient's data, in
/// Debian's Chromium. The first coordinator is created with the installed program, as docs/deploy.md says.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class InstalledServerTests(PublishedLutetia published)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_published_program_serves_the_sign_in_page_with_its_styles_and_script_and_signs_in()
    {
        var folder = await published.FolderAsync();
        var data = Directory.CreateTempSubdirectory("lutetia-installed-").FullName;
        try
        {
            var database = Path.Combine(data, "study.db");
            await AddCoordinatorAsync(folder, database);
            Assert.Equal(SqliteOwnerOnly, OperatingSystem.IsWindows() ? SqliteOwnerOnly : File.GetUnixFileMode(database));
            await using var server = await ServeProcess.StartAsync(folder, new Dictionary<string, string>
            {
                ["LUTETIA_DB"] = database,
                ["LUTETIA_URLS"] = "http://127.0.0.1:0",
                ["LUTETIA_JSON_LOGS"] = "true",
                ["LUTETIA_TIME_ZONE"] = "Europe/Paris",
            });

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserApp.Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync(new() { BaseURL = server.Url });
            page.SetDefaultTimeout(60_000);
            var assets = new List<IResponse>();
            page.Response += (_, response) =>
            {
                if (response.Url.EndsWith(".css", StringComparison.Ordinal) || response.Url.EndsWith(".js", StringComparison.Ordinal))
                    assets.Add(response);
            };
            await page.GotoAsync("/login?patient=SECRET-IN-QUERY", new() { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.Contains(assets, r => r.Url.Contains("/lutetia.", StringComparison.Ordinal) && r.Status == 200);
            Assert.Contains(assets, r => r.Url.Contains("/_framework/blazor.web.", StringComparison.Ordinal) && r.Status == 200);
            // The stylesheet applies (the sign-in box is white on the page's grey) and Blazor's script ran.
            Assert.Equal("rgb(255, 255, 255)", await page.EvalOnSelectorAsync<string>("section.login", "e => getComputedStyle(e).backgroundColor"));
            Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'"));

            await page.FillAsync("input[name=email]", Accounts.Coordinator);
            await page.FillAsync("input[name=password]", Accounts.Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync("**/dashboard"); // a coordinator's landing after sign-in

            var requests = server.Output.Where(line => line.StartsWith('{')).Select(line => JsonDocument.Parse(line).RootElement)
                .Where(entry => entry.GetProperty("Category").GetString() == "Lutetia.Web.Hosting.RequestLog").ToList();
            Assert.Contains(requests, entry => entry.GetProperty("State").GetProperty("Route").GetString() == "/login"
                                               && entry.GetProperty("State").GetProperty("RequestId").GetString()!.Length > 0);
            Assert.DoesNotContain(server.Output, line => line.Contains("SECRET-IN-QUERY", StringComparison.Ordinal)
                                                         || line.Contains(Accounts.Password, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private const UnixFileMode SqliteOwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary><c>lutetia user add … --password-stdin</c> of the installed program (the database is created by it, mode 0600).</summary>
    private static async Task AddCoordinatorAsync(string folder, string database)
    {
        var start = new ProcessStartInfo(Path.Combine(folder, "lutetia"))
        {
            ArgumentList = { "user", "add", "--email", Accounts.Coordinator, "--role", "coordinator", "--db", database, "--password-stdin" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(Accounts.Password);
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        Assert.True(process.ExitCode == 0, "lutetia user add: " + error);
    }
}
