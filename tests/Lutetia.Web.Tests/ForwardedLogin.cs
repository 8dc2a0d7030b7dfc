using System.Net;
using System.Text.RegularExpressions;

namespace Lutetia.Web.Tests;

/// <summary>
/// A sign-in through the test server as a reverse proxy would pass it on: from <see cref="Address"/>,
/// with the given forwarded headers, cookies carried by hand (a cookie marked Secure must still come
/// back, as it does through the proxy's HTTPS), and every response kept to read its headers.
/// </summary>
public sealed partial class ForwardedLogin(LutetiaAppFactory app, string address, IReadOnlyDictionary<string, string> forwarded) : IDisposable
{
    private readonly HttpClient _http = app.CreateDefaultClient(new Uri("http://localhost"));
    private readonly Dictionary<string, string> _cookies = [];

    public string Address { get; } = address;

    /// <summary>The Set-Cookie headers received, in order.</summary>
    public List<string> SetCookies { get; } = [];

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = Request(HttpMethod.Get, path);
        return Keep(await _http.SendAsync(request, TestContext.Current.CancellationToken));
    }

    /// <summary>Loads the sign-in page, then posts the form with its antiforgery token; the response of the post.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email)
    {
        var page = await (await GetAsync("/login")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var request = Request(HttpMethod.Post, "/login");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["email"] = email,
            ["password"] = Accounts.Password,
        });
        return Keep(await _http.SendAsync(request, TestContext.Current.CancellationToken));
    }

    /// <summary>The Set-Cookie header that set <paramref name="name"/>, or null.</summary>
    public string? SetCookie(string name) => SetCookies.LastOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add(ClientAddressFilter.Header, Address);
        foreach (var (name, value) in forwarded)
            request.Headers.Add(name, value);
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        return request;
    }

    private HttpResponseMessage Keep(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                SetCookies.Add(value);
                var pair = value.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
        }
        return response;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
