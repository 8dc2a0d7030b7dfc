using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Lutetia.Web.Tests;

/// <summary>
/// Debian's nginx running the repository's site, deploy/nginx/lutetia.conf, with the test's ports and
/// certificate put in place of the production ones (the lines the file says it keeps). It runs in
/// the foreground in its own folder, until disposed.
/// </summary>
public sealed partial class Nginx : IAsyncDisposable
{
    public const string Program = "/usr/sbin/nginx";
    private readonly Process _process;
    private readonly string _folder;

    private Nginx(Process process, string folder, int httpsPort)
    {
        _process = process;
        _folder = folder;
        HttpsPort = httpsPort;
    }

    public int HttpsPort { get; }

    public Uri Url => new(string.Create(CultureInfo.InvariantCulture, $"https://127.0.0.1:{HttpsPort}"));

    /// <summary>The site of the repository for the given instances and certificate.</summary>
    public static string Site(IReadOnlyList<int> instancePorts, int httpsPort, int httpPort, TestCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(instancePorts);
        ArgumentNullException.ThrowIfNull(certificate);
        var site = File.ReadAllText(Path.Combine(PublishedLutetia.RepositoryRoot(), "deploy", "nginx", "lutetia.conf"));
        var servers = UpstreamPattern().Matches(site);
        Assert.Equal(instancePorts.Count, servers.Count);
        for (var i = servers.Count - 1; i >= 0; i--)
            site = site[..servers[i].Index] + string.Create(CultureInfo.InvariantCulture, $"server 127.0.0.1:{instancePorts[i]} ") + site[(servers[i].Index + servers[i].Length)..];
        site = Regex.Replace(site, @"^\s*listen \[::\]:\d+.*$", "", RegexOptions.Multiline);
        site = Regex.Replace(site, @"listen 443 ssl;", string.Create(CultureInfo.InvariantCulture, $"listen 127.0.0.1:{httpsPort} ssl;"));
        site = Regex.Replace(site, @"listen 80;", string.Create(CultureInfo.InvariantCulture, $"listen 127.0.0.1:{httpPort};"));
        site = Regex.Replace(site, @"ssl_certificate\s+\S+;", $"ssl_certificate {certificate.PemPath};");
        site = Regex.Replace(site, @"ssl_certificate_key\s+\S+;", $"ssl_certificate_key {certificate.KeyPath};");
        return site;
    }

    public static async Task<Nginx> StartAsync(IReadOnlyList<int> instancePorts, TestCertificate certificate)
    {
        Assert.True(File.Exists(Program), $"{Program} is missing: install Debian's nginx (apt-get install -y nginx; scripts/test does it).");
        var folder = Directory.CreateTempSubdirectory("lutetia-nginx-").FullName;
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111); // nginx's workers (nobody) write their temporary files here
        var httpsPort = FreePort();
        File.WriteAllText(Path.Combine(folder, "lutetia.conf"), Site(instancePorts, httpsPort, FreePort(), certificate));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                access_log off;
                include {{folder}}/lutetia.conf;
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Program) { ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf") }, RedirectStandardError = true })!;
        var nginx = new Nginx(process, folder, httpsPort);
        for (var i = 0; i < 100 && !Listening(httpsPort); i++)
        {
            Assert.False(process.HasExited, "nginx stopped: " + await process.StandardError.ReadToEndAsync());
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        return nginx;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"server 127\.0\.0\.1:\d+ ")]
    private static partial Regex UpstreamPattern();
}
