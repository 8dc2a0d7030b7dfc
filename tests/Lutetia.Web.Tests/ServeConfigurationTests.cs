using System.Net;
using Lutetia.Storage;
using Lutetia.Web.Hosting;
using Npgsql;

namespace Lutetia.Web.Tests;

/// <summary>The settings of <c>lutetia serve</c> from a file, the environment and the command line.</summary>
public sealed class ServeConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lutetia-settings-").FullName;

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static ServeConfiguration Read(string? file, Dictionary<string, string?> environment, Dictionary<ServeSetting, string?>? options = null) =>
        ServeConfiguration.Read(file, options ?? [], name => environment.GetValueOrDefault(name));

    [Fact]
    public void The_command_line_wins_over_the_environment_which_wins_over_the_file()
    {
        var file = File("lutetia.json", """
            { // comments are allowed
              "db": "/srv/study/from-file.db", "urls": "http://127.0.0.1:7001", "idleTimeoutMinutes": 20,
              "timeZone": "Europe/Paris", "knownProxies": ["10.0.0.5", "192.168.10.0/24"], "jsonLogs": true,
            }
            """);

        var fromFile = Read(file, []).Settings!;
        var fromEnvironment = Read(file, new() { ["LUTETIA_URLS"] = "http://127.0.0.1:7002", ["LUTETIA_IDLE_TIMEOUT"] = "25" }).Settings!;
        var fromOptions = Read(file, new() { ["LUTETIA_URLS"] = "http://127.0.0.1:7002" },
            new() { [ServeSetting.Urls] = "http://127.0.0.1:7003", [ServeSetting.Db] = "/srv/study/from-option.db" }).Settings!;

        Assert.Equal("http://127.0.0.1:7001", fromFile.Urls);
        Assert.Equal(TimeSpan.FromMinutes(20), fromFile.IdleTimeout);
        Assert.Equal("Europe/Paris", fromFile.TimeZone.Id);
        Assert.Equal(TimeSpan.FromHours(1), fromFile.TimeZone.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal([IPNetwork.Parse("10.0.0.5/32"), IPNetwork.Parse("192.168.10.0/24")], fromFile.KnownProxies);
        Assert.True(fromFile.JsonLogs);
        Assert.Equal("Data Source=/srv/study/from-file.db", fromFile.Database.ConnectionString);
        Assert.Equal("http://127.0.0.1:7002", fromEnvironment.Urls);
        Assert.Equal(TimeSpan.FromMinutes(25), fromEnvironment.IdleTimeout);
        Assert.Equal("http://127.0.0.1:7003", fromOptions.Urls);
        Assert.Equal("Data Source=/srv/study/from-option.db", fromOptions.Database.ConnectionString);
    }

    [Fact]
    public void Without_settings_the_server_listens_on_the_loopback_in_UTC_believing_no_proxy()
    {
        var settings = Read(null, []).Settings!;
        Assert.Equal(WebSettings.DefaultUrls, settings.Urls);
        Assert.Equal(TimeZoneInfo.Utc, settings.TimeZone);
        Assert.Empty(settings.KnownProxies);
        Assert.Null(settings.Certificate);
        Assert.False(settings.JsonLogs);
    }

    [Fact]
    public void The_PostgreSQL_password_comes_from_the_password_file_the_settings_file_names()
    {
        var password = File("db-password", "s3cret-from-file\n");
        var file = File("lutetia.json", $$"""{ "db": "Host=db.hospital.org;Database=study;Username=lutetia", "dbPasswordFile": "{{password}}" }""");

        var settings = Read(file, []).Settings!;

        Assert.Equal(DatabaseProvider.Postgres, settings.Database.Provider);
        Assert.Equal("s3cret-from-file", new NpgsqlConnectionStringBuilder(settings.Database.ConnectionString).Password);
        Assert.DoesNotContain("s3cret", settings.Database.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_setting_is_named_with_where_it_came_from_and_how_to_fix_it()
    {
        var file = File("lutetia.json", """{ "timezone": "Europe/Paris", "knownProxies": ["10.0.0.5", "proxy.hospital.org"], "jsonLogs": "sometimes" }""");

        var read = Read(file, new() { ["LUTETIA_TIME_ZONE"] = "Europe/Lutece", ["LUTETIA_URLS"] = "https://0.0.0.0:443" });

        Assert.Null(read.Settings);
        Assert.Contains(read.Problems, p => p.Contains("unknown setting \"timezone\"", StringComparison.Ordinal) && p.Contains("timeZone", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.StartsWith("LUTETIA_TIME_ZONE \"Europe/Lutece\" is not a time zone", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.StartsWith($"knownProxies in {file}: \"proxy.hospital.org\" is neither an IP address", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.StartsWith($"jsonLogs in {file} \"sometimes\" is neither true nor false", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.StartsWith("an https:// address (https://0.0.0.0:443) needs a certificate", StringComparison.Ordinal));
        Assert.Equal(5, read.Problems.Count);
    }

    [Fact]
    public void A_settings_file_that_is_not_json_says_which_line()
    {
        var file = File("lutetia.json", "{\n  \"db\": \"/srv/a.db\"\n  \"urls\": \"http://127.0.0.1:1\"\n}");
        var problem = Assert.Single(Read(file, []).Problems);
        Assert.StartsWith($"the settings file {file} is not valid JSON (line 3)", problem, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
