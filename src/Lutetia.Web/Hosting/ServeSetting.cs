namespace Lutetia.Web.Hosting;

/// <summary>
/// One setting of <c>lutetia serve</c>: its key in the settings file (JSON), its environment variable
/// and its command-line option when it has one. A command-line option wins over the environment,
/// which wins over the file (docs/deploy.md, "Settings").
/// </summary>
public sealed record ServeSetting(string Key, string Variable, string? Option, string Meaning)
{
    public static readonly ServeSetting Db = new("db", "LUTETIA_DB", "--db",
        "the database: a SQLite file or a PostgreSQL \"Host=…;Database=…;Username=…\" (no password in it)");
    public static readonly ServeSetting DbPasswordFile = new("dbPasswordFile", Storage.DatabasePassword.FileVariable, null,
        "a file holding the PostgreSQL password on its first line");
    public static readonly ServeSetting Urls = new("urls", "LUTETIA_URLS", "--urls",
        "the addresses to listen on, separated by ';' (http:// or https://)");
    public static readonly ServeSetting Certificate = new("certificate", "LUTETIA_CERTIFICATE", null,
        "the HTTPS certificate: a PEM file (with certificateKey) or a .pfx/.p12 file");
    public static readonly ServeSetting CertificateKey = new("certificateKey", "LUTETIA_CERTIFICATE_KEY", null,
        "the PEM private key of the certificate");
    public static readonly ServeSetting CertificatePasswordFile = new("certificatePasswordFile", "LUTETIA_CERTIFICATE_PASSWORD_FILE", null,
        "a file holding the password of the .pfx file (or of an encrypted PEM key) on its first line");
    public static readonly ServeSetting KnownProxies = new("knownProxies", "LUTETIA_KNOWN_PROXIES", null,
        "the reverse proxies whose X-Forwarded-For/-Proto are believed: addresses or networks (10.0.0.0/8), separated by ','");
    public static readonly ServeSetting IdleTimeout = new("idleTimeoutMinutes", "LUTETIA_IDLE_TIMEOUT", "--idle-timeout",
        "minutes a session may stay unused before it ends (1 to 720)");
    public static readonly ServeSetting TimeZone = new("timeZone", "LUTETIA_TIME_ZONE", null,
        "the study's time zone, an IANA id such as Europe/Paris (UTC by default)");
    public static readonly ServeSetting JsonLogs = new("jsonLogs", "LUTETIA_JSON_LOGS", null,
        "true: one JSON line per request and per log message on standard output");

    public static IReadOnlyList<ServeSetting> All { get; } =
        [Db, DbPasswordFile, Urls, Certificate, CertificateKey, CertificatePasswordFile, KnownProxies, IdleTimeout, TimeZone, JsonLogs];
}
