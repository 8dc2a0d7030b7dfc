using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Lutetia.Storage.Tests.Backup;

/// <summary>
/// A throw-away PostgreSQL cluster that checks passwords (scram-sha-256 on TCP), for the tests of a
/// wrong password: the shared test server (scripts/lib/postgres.sh) trusts every local connection.
/// It uses the same Debian binaries, runs as <c>postgres</c> when the tests run as root (initdb refuses
/// root), and is stopped and removed on dispose.
/// </summary>
public sealed class PasswordCheckingPostgres : IDisposable
{
    private readonly string _folder;
    private readonly string _bin;

    private PasswordCheckingPostgres(string folder, string bin, string connectionString)
    {
        _folder = folder;
        _bin = bin;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static PasswordCheckingPostgres Start()
    {
        TestPostgres.ConnectionString(); // fails (or skips) as the other PostgreSQL tests do when there is no PostgreSQL
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .OrderByDescending(d => d, StringComparer.Ordinal).First(d => File.Exists(Path.Combine(d, "initdb")));
        var folder = Path.Combine(Path.GetTempPath(), $"lutetia-pgpass-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var password = $"right-{Guid.NewGuid():N}";
        var port = FreePort();
        var asOwner = Environment.UserName == "root" ? "runuser -u postgres -- " : "";
        var server = new PasswordCheckingPostgres(folder, bin,
            $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=restorer;Password={password};Database=study;Pooling=false");
        Bash($"chmod 755 {folder} && {(asOwner.Length > 0 ? $"chown postgres:postgres {folder} && " : "")}" +
             $"{asOwner}{bin}/initdb -D {folder}/data -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale >{folder}/initdb.log 2>&1 && " +
             $"{asOwner}{bin}/pg_ctl -D {folder}/data -l {folder}/server.log -w -t 60 -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null && " +
             $"{asOwner}{bin}/psql -h {folder} -p {port} -U postgres -d postgres -v ON_ERROR_STOP=1 -q " +
             $"-c \"CREATE ROLE restorer LOGIN PASSWORD '{password}'\" -c \"CREATE DATABASE study OWNER restorer\"");
        return server;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Bash(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"starting a password-checking PostgreSQL failed: {error}");
    }

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        var asOwner = Environment.UserName == "root" ? "runuser -u postgres -- " : "";
        Bash($"{asOwner}{_bin}/pg_ctl -D {_folder}/data -m immediate -w stop >/dev/null 2>&1; rm -rf {_folder}");
    }
}
