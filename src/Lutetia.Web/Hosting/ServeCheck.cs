using System.Data.Common;
using Lutetia.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Hosting;

/// <summary>
/// <c>lutetia serve --check</c> (docs/deploy.md, Settings): what the server would run with, and whether it
/// can — the static files next to the program, the certificate, the database reachable, its schema
/// this program's or upgradable by it (never newer), a SQLite file readable by its owner only. It
/// changes nothing: a missing SQLite file is not created, no migration is applied.
/// </summary>
public static class ServeCheck
{
    /// <summary>Writes one line per finding to <paramref name="ok"/> or <paramref name="problems"/>; true when nothing is wrong.</summary>
    public static bool Run(WebSettings settings, ICollection<string> ok, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(ok);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        if (LutetiaWeb.MissingStaticFiles() is { } missing)
            problems.Add(missing);
        else
            ok.Add("static files: present");
        ok.Add($"listens on: {settings.Urls}");
        ok.Add(settings.Certificate is { } certificate ? $"HTTPS certificate: {Describe(certificate)}" : "HTTPS certificate: none (plain HTTP: put a TLS proxy in front)");
        ok.Add(settings.KnownProxies.Count == 0 ? "reverse proxies believed: none" : $"reverse proxies believed: {string.Join(", ", settings.KnownProxies)}");
        ok.Add($"time zone: {settings.TimeZone.Id}; idle timeout: {settings.IdleTimeout.TotalMinutes:0} minutes; JSON logs: {(settings.JsonLogs ? "on" : "off")}");
        CheckDatabase(settings.Database, ok, problems);
        return problems.Count == before;
    }

    private static string Describe(CertificateFile file)
    {
        using var certificate = file.TryLoad(out var problem);
        return certificate is null ? problem! : $"{certificate.Subject}, valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd} (UTC)";
    }

    private static void CheckDatabase(LutetiaConnection connection, ICollection<string> ok, ICollection<string> problems)
    {
        if (connection.Provider == DatabaseProvider.Sqlite && !SqliteFileReady(connection, ok, problems))
            return;
        try
        {
            using var db = LutetiaDatabase.Open(connection, "cli:check");
            if (!db.Database.CanConnect())
            {
                problems.Add($"cannot connect to the database ({connection}): check the server, the database name, the user and its password");
                return;
            }
            var schema = SchemaState.Of(db);
            if (schema.NewerThanProgram() is { } newer)
                problems.Add(newer);
            else if (schema.Pending.Count > 0)
                ok.Add($"database: {connection} reachable; {schema.Pending.Count} migration(s) will be applied at start (back up first: lutetia backup)");
            else
                ok.Add($"database: {connection} reachable, schema current (Lutetia {SchemaState.Version})");
        }
        catch (Exception e) when (e is DbException or TimeoutException or InvalidOperationException)
        {
            problems.Add($"cannot open the database ({connection}): {e.Message} Check the path or the server, its user and password.");
        }
    }

    /// <summary>A SQLite file that exists must be its owner's only; one that does not will be created at start, in a folder that must exist.</summary>
    private static bool SqliteFileReady(LutetiaConnection connection, ICollection<string> ok, ICollection<string> problems)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource);
        if (!File.Exists(file))
        {
            if (Directory.Exists(Path.GetDirectoryName(file)))
                ok.Add($"database: {file} does not exist yet; it will be created (readable by its owner only) at start");
            else
                problems.Add($"the folder of the database {file} does not exist: create it (owned by the service's user, mode 0700)");
            return false;
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & ~(SqliteFile.OwnerOnly | UnixFileMode.UserExecute)) != 0)
            problems.Add($"the database {file} is readable or writable by other accounts (mode {Convert.ToString((int)File.GetUnixFileMode(file), 8)}): chmod 600 {file}");
        return true;
    }
}
