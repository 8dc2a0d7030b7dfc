using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lutetia.Storage;
using Npgsql;

namespace Lutetia.Web.Tests;

/// <summary>
/// Two published <c>lutetia serve</c> processes on one PostgreSQL database behind
/// Debian's nginx running deploy/nginx/lutetia.conf, TLS with a certificate made here. A session
/// opened through nginx is valid on both instances (the data-protection keys are in the database);
/// saves sent to both instances at once lose no update and keep the audit chain intact
/// (<c>lutetia audit verify</c>). With LUTETIA_LOAD_TEST=1, <see cref="GridLoad"/>'s 50 users run
/// through nginx.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed partial class TwoInstanceTests(PublishedLutetia published)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The settings of an instance as systemd gives them: the connection string without its password, the password in its own variable.</summary>
    public static Dictionary<string, string> Environment(LutetiaConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        var password = builder.Password ?? "";
        builder.Password = null;
        return new()
        {
            ["LUTETIA_DB"] = builder.ConnectionString,
            ["LUTETIA_DB_PASSWORD"] = password,
            ["LUTETIA_URLS"] = "http://127.0.0.1:0",
            ["LUTETIA_KNOWN_PROXIES"] = "127.0.0.1",
        };
    }

    private sealed record Setup(ServeProcess First, ServeProcess Second, Nginx Nginx, TestCertificate Certificate) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Nginx.DisposeAsync();
            await First.DisposeAsync();
            await Second.DisposeAsync();
            Certificate.Dispose();
        }
    }

    private async Task<Setup> StartAsync(LutetiaConnection connection)
    {
        var folder = await published.FolderAsync();
        var first = await ServeProcess.StartAsync(folder, Environment(connection));
        var second = await ServeProcess.StartAsync(folder, Environment(connection));
        var certificate = TestCertificate.Create();
        var nginx = await Nginx.StartAsync([new Uri(first.Url).Port, new Uri(second.Url).Port], certificate);
        return new Setup(first, second, nginx, certificate);
    }

    private static SocketsHttpHandler TrustingHandler(TestCertificate certificate) => new()
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.Certificate.Thumbprint },
    };

    [Fact]
    public async Task A_session_opened_through_nginx_works_on_both_instances_and_saves_through_both_lose_nothing_and_keep_the_chain()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await GridLoad.SeedAsync(database.Connection);
        await using var setup = await StartAsync(database.Connection);
        var cookies = new CookieContainer();
        using var handler = TrustingHandler(setup.Certificate);
        handler.CookieContainer = cookies;
        handler.AllowAutoRedirect = false;
        using var browser = new HttpClient(handler) { BaseAddress = setup.Nginx.Url };

        var login = await browser.GetAsync(new Uri("/login", UriKind.Relative), Cancel);
        Assert.StartsWith("max-age=31536000", login.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lutetia_route=", StringComparison.Ordinal));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["email"] = "user01@lutetia.test",
            ["password"] = Accounts.Password,
            ["__RequestVerificationToken"] = Token(await login.Content.ReadAsStringAsync(Cancel)),
        });
        var signedIn = await browser.PostAsync(new Uri("/login", UriKind.Relative), form, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("secure", signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lutetia=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        var grid = await browser.GetStringAsync(new Uri("/patients/L01/reads/L01-F", UriKind.Relative), Cancel);
        var token = Token(grid);
        var cookieHeader = cookies.GetCookieHeader(setup.Nginx.Url);

        // The browser's cookies, sent straight to each instance: both know the session.
        using var direct = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        var instances = new[] { new Uri(setup.First.Url), new Uri(setup.Second.Url) };
        foreach (var instance in instances)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance, "/patients/L01"));
            request.Headers.Add("Cookie", cookieHeader);
            var answer = await direct.SendAsync(request, Cancel);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{instance} answered {(int)answer.StatusCode} to the session opened through nginx");
        }

        // Ten grids saved four times each, every save to the other instance than the one before, the
        // ten grids at once: 40 saves through two processes contending for the one audit-chain head.
        const int grids = 10, savesPerGrid = 4;
        var failures = new List<string>();
        await Task.WhenAll(Enumerable.Range(1, grids).Select(async g =>
        {
            var patient = string.Create(CultureInfo.InvariantCulture, $"L{g:00}");
            for (var s = 0; s < savesPerGrid; s++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instances[(g + s) % 2], $"/patients/{patient}/reads/{patient}-F/measurements"))
                {
                    Content = JsonContent.Create(new
                    {
                        cells = new Dictionary<string, string> { ["M1:diameter_mm"] = Diameter(g, s).ToString(CultureInfo.InvariantCulture) },
                        reason = $"save {s} through instance {(g + s) % 2 + 1}",
                    }),
                };
                request.Headers.Add("Cookie", cookieHeader);
                request.Headers.Add("RequestVerificationToken", token);
                var answer = await direct.SendAsync(request, Cancel);
                if (answer.StatusCode != HttpStatusCode.OK)
                {
                    var body = await answer.Content.ReadAsStringAsync(Cancel);
                    lock (failures)
                        failures.Add($"{patient} save {s}: {(int)answer.StatusCode} {body}");
                }
            }
        }));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        using (var db = LutetiaDatabase.Open(database.Connection, "test:check"))
        {
            for (var g = 1; g <= grids; g++)
            {
                var patient = string.Create(CultureInfo.InvariantCulture, $"L{g:00}");
                Assert.Equal(Diameter(g, savesPerGrid - 1), db.Measurements.Single(m => m.ReadId == patient + "-F").DiameterMm);
                // The first save inserts the measurement; each later one is an update with its entry and reason.
                var reasons = db.AuditEntries.Where(e => e.PatientId == patient && e.Entity == "measurements" && e.Field == "diameter_mm")
                    .OrderBy(e => e.Id).Select(e => e.Reason).ToList();
                Assert.Equal(Enumerable.Range(1, savesPerGrid - 1).Select(s => $"save {s} through instance {(g + s) % 2 + 1}"), reasons);
            }
        }
        Assert.Equal(0, await AuditVerifyAsync(database.Connection));
    }

    private static decimal Diameter(int grid, int save) => 10m + grid + save * 0.5m;

    [Fact]
    public async Task Fifty_users_through_nginx_on_two_instances_lose_no_write_and_keep_the_chain()
    {
        if (System.Environment.GetEnvironmentVariable("LUTETIA_LOAD_TEST") != "1")
            Assert.Skip("the load test runs with LUTETIA_LOAD_TEST=1 (about a minute, against PostgreSQL)");
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await GridLoad.SeedAsync(database.Connection);
        GridLoad.Result result;
        IEnumerable<string> serverErrors;
        await using (var setup = await StartAsync(database.Connection))
        {
            result = await GridLoad.RunAsync(setup.Nginx.Url, () => TrustingHandler(setup.Certificate));
            // What the instances logged for a failed save (the exception's type and message), to say why.
            serverErrors = setup.First.Output.Concat(setup.Second.Output)
                .Where(line => line.Contains("Exception", StringComparison.Ordinal) || line.StartsWith("fail", StringComparison.Ordinal)).Take(20).ToList();
        }

        var report = "two instances behind nginx: " + result.Report;
        TestContext.Current.SendDiagnosticMessage(report);
        await File.AppendAllTextAsync("/tmp/lutetia-load.txt", report + "\n", Cancel);
        Assert.True(result.Failures.Count == 0, string.Join("\n", result.Failures.Take(20).Concat(serverErrors)));
        await GridLoad.AssertNoWriteLostAsync(database.Connection);
        Assert.True(result.At(0.95) < 100 && result.At(0.99) < 250, report);
    }

    /// <summary><c>lutetia audit verify</c> of the installed program on the database; its exit status.</summary>
    private async Task<int> AuditVerifyAsync(LutetiaConnection connection)
    {
        var start = new ProcessStartInfo(Path.Combine(await published.FolderAsync(), "lutetia"))
        {
            ArgumentList = { "audit", "verify", "--db", connection.ConnectionString },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(Cancel);
        await process.StandardOutput.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        Assert.True(process.ExitCode == 0, "lutetia audit verify: " + await error);
        return process.ExitCode;
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
