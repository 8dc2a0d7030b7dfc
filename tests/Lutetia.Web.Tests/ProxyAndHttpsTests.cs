using System.Net;
using Lutetia.Storage;

namespace Lutetia.Web.Tests;

/// <summary>
/// HTTPS behind a proxy, performed over HTTP: behind a TLS-terminating proxy the application believes
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> only from the configured proxy. A forged
/// header from any other address — the loopback included, which ASP.NET Core believes by default —
/// changes nothing: no Secure cookie, no HSTS. From the proxy, the sign-in cookie is Secure and
/// every response carries HSTS.
/// </summary>
public abstract class ProxyAndHttpsTests(DatabaseProvider provider)
{
    private const string Proxy = "10.200.0.1";

    private static readonly Dictionary<string, string> ForgedHttps = new()
    {
        ["X-Forwarded-Proto"] = "https",
        ["X-Forwarded-For"] = "203.0.113.7",
    };

    private Task<LutetiaAppFactory> BehindProxyAsync() => LutetiaAppFactory.StartAsync(provider,
        settings: s => s with { KnownProxies = [IPNetwork.Parse(Proxy + "/32")] });

    [Theory]
    [InlineData("10.9.8.7")]
    [InlineData("127.0.0.1")]
    [InlineData("10.200.0.2")]
    public async Task A_forged_X_Forwarded_Proto_from_an_unconfigured_address_is_ignored(string address)
    {
        await using var app = await BehindProxyAsync();
        using var forger = new ForwardedLogin(app, address, ForgedHttps);

        var signedIn = await forger.SignInAsync(Accounts.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = forger.SetCookie("lutetia");
        Assert.NotNull(cookie);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(signedIn.Headers.Contains("Strict-Transport-Security"));
        Assert.False((await forger.GetAsync("/patients")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task From_the_configured_proxy_X_Forwarded_Proto_https_makes_the_cookies_Secure_and_sends_HSTS()
    {
        await using var app = await BehindProxyAsync();
        using var proxied = new ForwardedLogin(app, Proxy, ForgedHttps);

        var signedIn = await proxied.SignInAsync(Accounts.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("secure", proxied.SetCookie("lutetia")!, StringComparison.OrdinalIgnoreCase);
        Assert.All(proxied.SetCookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        var patients = await proxied.GetAsync("/patients");
        Assert.Equal(HttpStatusCode.OK, patients.StatusCode);
        Assert.StartsWith("max-age=31536000", patients.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_proxy_even_the_loopback_cannot_claim_https()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var local = new ForwardedLogin(app, "127.0.0.1", ForgedHttps);

        var signedIn = await local.SignInAsync(Accounts.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("secure", local.SetCookie("lutetia")!, StringComparison.OrdinalIgnoreCase);
        Assert.False(signedIn.Headers.Contains("Strict-Transport-Security"));
    }
}
