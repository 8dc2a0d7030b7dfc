using System.Globalization;
using System.Net;
using Lutetia.Domain;
using Lutetia.Storage;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The settings of <c>lutetia serve</c> read and checked: from the settings file (<c>--config</c>),
/// the <c>LUTETIA_…</c> environment variables and the command line (docs/deploy.md, "Settings").
/// Either <see cref="Settings"/> or every <see cref="Problems"/> (each naming the setting, where it
/// came from and how to fix it; never a password).
/// </summary>
public sealed record ServeConfiguration(WebSettings? Settings, IReadOnlyList<string> Problems, bool UsageProblem)
{
    public static ServeConfiguration Read(string? configFile, IReadOnlyDictionary<ServeSetting, string?> options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();
        var values = ServeSources.Gather(configFile, options, environment, problems);
        var found = problems.Count;
        var urls = Urls(values, problems);
        var idle = IdleTimeout(values, problems);
        var zone = TimeZone(values, problems);
        var proxies = KnownProxies(values, problems);
        var jsonLogs = Flag(values, ServeSetting.JsonLogs, problems);
        var certificate = Certificate(values, urls, problems);
        var (connection, dbText) = Database(values, environment, problems);
        var usage = problems.Skip(found).Any(p => ServeSetting.All.Any(s => s.Option is not null && p.StartsWith(s.Option + " ", StringComparison.Ordinal)));
        if (problems.Count > 0)
            return new ServeConfiguration(null, problems, usage);
        return new ServeConfiguration(new WebSettings(connection!, urls)
        {
            DbArgument = dbText,
            IdleTimeout = idle,
            TimeZone = zone,
            KnownProxies = proxies,
            Certificate = certificate,
            JsonLogs = jsonLogs,
        }, problems, false);
    }

    private static (LutetiaConnection? Connection, string? Text) Database(Dictionary<ServeSetting, SettingValue> values, Func<string, string?> environment, List<string> problems)
    {
        values.TryGetValue(ServeSetting.Db, out var db);
        values.TryGetValue(ServeSetting.DbPasswordFile, out var passwordFile);
        // The password file of the settings file counts as LUTETIA_DB_PASSWORD_FILE (the environment's wins: Gather).
        string? Lookup(string name) => name == DatabasePassword.FileVariable ? passwordFile?.Text : environment(name);
        if (LutetiaConnection.TryParse(db?.Text, Lookup, out var connection, out var problem))
            return (connection, db?.Text);
        problems.Add($"{db?.Origin ?? "--db"}: {problem}");
        return (null, null);
    }

    private static string Urls(Dictionary<ServeSetting, SettingValue> values, List<string> problems)
    {
        if (!values.TryGetValue(ServeSetting.Urls, out var value))
            return WebSettings.DefaultUrls;
        foreach (var url in value.Text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
                problems.Add($"{value.Origin} \"{url}\" is not an address to listen on: write it like {WebSettings.DefaultUrls} or https://0.0.0.0:443 (port 0 picks a free one)");
        }
        return value.Text;
    }

    private static TimeSpan IdleTimeout(Dictionary<ServeSetting, SettingValue> values, List<string> problems)
    {
        if (!values.TryGetValue(ServeSetting.IdleTimeout, out var value))
            return WebSettings.DefaultIdleTimeout;
        var longest = (int)WebSettings.DefaultSessionLimit.TotalMinutes;
        if (int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes >= 1 && minutes <= longest)
            return TimeSpan.FromMinutes(minutes);
        problems.Add($"{value.Origin} {value.Text} is not a number of minutes from 1 to {longest} (the session limit): write e.g. 30");
        return WebSettings.DefaultIdleTimeout;
    }

    private static TimeZoneInfo TimeZone(Dictionary<ServeSetting, SettingValue> values, List<string> problems)
    {
        if (!values.TryGetValue(ServeSetting.TimeZone, out var value))
            return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(value.Text);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Add($"{value.Origin} \"{value.Text}\" is not a time zone of this machine: give an IANA id such as Europe/Paris or UTC (see /usr/share/zoneinfo)");
            return TimeZoneInfo.Utc;
        }
    }

    private static List<IPNetwork> KnownProxies(Dictionary<ServeSetting, SettingValue> values, List<string> problems)
    {
        if (!values.TryGetValue(ServeSetting.KnownProxies, out var value))
            return [];
        var networks = new List<IPNetwork>();
        foreach (var part in value.Text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPAddress.TryParse(part, out var address) && !part.Contains('/', StringComparison.Ordinal))
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            else if (IPNetwork.TryParse(part, out var network))
                networks.Add(network);
            else
                problems.Add($"{value.Origin}: \"{part}\" is neither an IP address nor a network: write e.g. 127.0.0.1, ::1 or 10.1.0.0/16");
        }
        return networks;
    }

    private static bool Flag(Dictionary<ServeSetting, SettingValue> values, ServeSetting setting, List<string> problems)
    {
        if (!values.TryGetValue(setting, out var value))
            return false;
        switch (value.Text.ToUpperInvariant())
        {
            case "TRUE" or "1" or "YES":
                return true;
            case "FALSE" or "0" or "NO":
                return false;
            default:
                problems.Add($"{value.Origin} \"{value.Text}\" is neither true nor false");
                return false;
        }
    }

    private static CertificateFile? Certificate(Dictionary<ServeSetting, SettingValue> values, string urls, List<string> problems)
    {
        var https = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(url => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (!values.TryGetValue(ServeSetting.Certificate, out var path))
        {
            if (https)
                problems.Add($"an https:// address ({urls}) needs a certificate: set certificate (LUTETIA_CERTIFICATE) to a PEM or .pfx file, or listen on http:// behind a TLS proxy");
            return null;
        }
        values.TryGetValue(ServeSetting.CertificateKey, out var key);
        string? password = null;
        if (values.TryGetValue(ServeSetting.CertificatePasswordFile, out var passwordFile))
        {
            try
            {
                using var reader = new StreamReader(passwordFile.Text);
                password = reader.ReadLine() ?? "";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{passwordFile.Origin} names {passwordFile.Text}, which cannot be read ({e.Message}): give a file holding the certificate's password on its first line");
                return null;
            }
        }
        var certificate = new CertificateFile(path.Text, key?.Text, password);
        using var loaded = certificate.TryLoad(out var problem);
        if (problem is not null)
            problems.Add($"{path.Origin}: {problem}");
        return certificate;
    }
}
