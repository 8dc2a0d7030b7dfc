using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Lutetia.Web.Tests;

/// <summary>
/// A browser-like client of the test server: its own cookies, no automatic redirects, forms posted
/// with their antiforgery token, and its own client address (a random 10.x.y.z unless given).
/// </summary>
public sealed partial class WebClient : IDisposable
{
    private static readonly Uri Site = new("http://localhost");
    private readonly HttpClient _http;

    public WebClient(LutetiaAppFactory app, string? address = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        _http = app.CreateDefaultClient(Site, new CookieContainerHandler(Cookies));
        Address = address ?? $"10.{RandomNumberGenerator.GetInt32(256)}.{RandomNumberGenerator.GetInt32(256)}.{RandomNumberGenerator.GetInt32(1, 255)}";
        _http.DefaultRequestHeaders.Add(ClientAddressFilter.Header, Address);
    }

    /// <summary>The client's cookies (to copy a session cookie to another client, as a thief would).</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>The address the application sees this client's requests come from.</summary>
    public string Address { get; }

    /// <summary>The value of the sign-in cookie, or null.</summary>
    public string? SessionCookie => Cookies.GetCookies(Site)["lutetia"]?.Value;

    /// <summary>Puts <paramref name="value"/> as this client's sign-in cookie.</summary>
    public void UseSessionCookie(string value) => Cookies.Add(Site, new Cookie("lutetia", value, "/"));

    public static async Task<WebClient> SignedInAsync(LutetiaAppFactory app, string? email, string? address = null)
    {
        var client = new WebClient(app, address);
        if (email is not null)
        {
            var response = await client.PostFormAsync("/login", "login", new() { ["email"] = email, ["password"] = Accounts.Password });
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"signing in as {email} answered {(int)response.StatusCode}");
        }
        return client;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a form the way the browser does: it first loads <paramref name="page"/> (the form's page) for its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string handler, Dictionary<string, string> fields, string? page = null)
    {
        var html = await (await GetAsync(page ?? path)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = TokenPattern().Match(html);
        var form = new Dictionary<string, string>(fields) { ["_handler"] = handler };
        if (token.Success)
            form["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await PostRawAsync(path, form);
    }

    /// <summary>Posts exactly these fields (no token unless given).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string path, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await _http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Posts JSON with the antiforgery token in its header (null: without one).</summary>
    public async Task<HttpResponseMessage> PostJsonAsync(string path, object body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (token is not null)
            request.Headers.Add("RequestVerificationToken", token);
        return await _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostContentAsync(string path, HttpContent content) => _http.PostAsync(new Uri(path, UriKind.Relative), content);

    /// <summary>The antiforgery token of the page at <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var html = await (await GetAsync(path)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    /// <summary>Where a redirect leads, as a path and query (Blazor's redirects are absolute, the middleware's relative).</summary>
    public static string? Target(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.ToString();

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
