using System.Net;
using System.Text.RegularExpressions;
using Lutetia.Storage;
using Lutetia.Web.Hosting;

namespace Lutetia.Web.Tests;

/// <summary>
/// <c>lutetia serve</c> on HTTPS by itself, its certificate a PEM pair or a
/// .pfx file named by the settings; over a real TLS connection the sign-in cookie is Secure and HSTS
/// is sent. (The database plays no part here: SQLite only.)
/// </summary>
public sealed partial class KestrelHttpsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static WebSettings Read(Dictionary<string, string?> environment)
    {
        var read = ServeConfiguration.Read(null, new Dictionary<ServeSetting, string?>(), name => environment.GetValueOrDefault(name));
        Assert.True(read.Settings is not null, string.Join("\n", read.Problems));
        return read.Settings with { QuietLogs = true };
    }

    [Fact]
    public async Task Over_https_with_a_pem_certificate_the_sign_in_cookie_is_Secure_and_HSTS_is_sent()
    {
        using var certificate = TestCertificate.Create();
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = Read(new()
        {
            ["LUTETIA_DB"] = database.Connection.ConnectionString,
            ["LUTETIA_URLS"] = "https://127.0.0.1:0",
            ["LUTETIA_CERTIFICATE"] = certificate.PemPath,
            ["LUTETIA_CERTIFICATE_KEY"] = certificate.KeyPath,
        });
        LutetiaWeb.Migrate(settings);
        using (var db = LutetiaDatabase.Open(database.Connection, "test:seed"))
        {
            db.Reason = "test cohort";
            CohortStore.Import(db, WebCohort.Build());
            await Accounts.AddAllAsync(db);
        }
        using var host = LutetiaWeb.CreateHostBuilder(settings).Build();
        await host.StartAsync(Cancel);
        try
        {
            var address = new Uri(ServerAddresses.Of(host).Single());
            Assert.Equal("https", address.Scheme);
            using var client = certificate.Client(address);
            var login = await client.GetAsync(new Uri("/login", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.StartsWith("max-age=31536000", login.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
            var antiforgery = login.Headers.GetValues("Set-Cookie").Single();
            Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
            var token = WebUtility.HtmlDecode(TokenPattern().Match(await login.Content.ReadAsStringAsync(Cancel)).Groups[1].Value);

            using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/login", UriKind.Relative))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["_handler"] = "login",
                    ["__RequestVerificationToken"] = token,
                    ["email"] = Accounts.Coordinator,
                    ["password"] = Accounts.Password,
                }),
            };
            post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
            var signedIn = await client.SendAsync(post, Cancel);

            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lutetia=", StringComparison.Ordinal));
            Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await host.StopAsync(Cancel);
        }
    }

    [Fact]
    public void A_pfx_certificate_is_read_with_the_password_from_its_file_and_a_wrong_password_is_named_without_showing_it()
    {
        using var certificate = TestCertificate.Create();
        var settings = Read(new()
        {
            ["LUTETIA_URLS"] = "https://0.0.0.0:8443",
            ["LUTETIA_CERTIFICATE"] = certificate.PfxPath,
            ["LUTETIA_CERTIFICATE_PASSWORD_FILE"] = certificate.PfxPasswordPath,
        });
        using var loaded = settings.Certificate!.TryLoad(out var problem);
        Assert.Null(problem);
        Assert.Equal(certificate.Certificate.Thumbprint, loaded!.Thumbprint);

        File.WriteAllText(certificate.PfxPasswordPath, "wrong-guess\n");
        var wrong = ServeConfiguration.Read(null, new Dictionary<ServeSetting, string?>(), name => name switch
        {
            "LUTETIA_URLS" => "https://0.0.0.0:8443",
            "LUTETIA_CERTIFICATE" => certificate.PfxPath,
            "LUTETIA_CERTIFICATE_PASSWORD_FILE" => certificate.PfxPasswordPath,
            _ => null,
        });
        Assert.Null(wrong.Settings);
        var message = Assert.Single(wrong.Problems);
        Assert.StartsWith("LUTETIA_CERTIFICATE: cannot read the HTTPS certificate " + certificate.PfxPath, message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-guess", message, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
