using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Cli.Tests;

/// <summary>
/// <c>lutetia serve --check</c> says what the server would run with and
/// whether it can; a database upgraded by a newer Lutetia stops <c>serve</c> (and <c>--check</c>)
/// with a message. (The SQLite file's mode 0600: Storage's ConfidentialityTests and InstalledServerTests.)
/// </summary>
public sealed class ServeCheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lutetia-serve-check-").FullName;

    private string Database => Path.Combine(_folder, "study.db");

    private void CreateDatabase()
    {
        using var db = LutetiaDatabase.OpenMigrated(LutetiaConnection.Parse(Database), "test:setup");
    }

    [Fact]
    public void Check_on_a_current_database_prints_what_it_found_and_exits_0_without_creating_anything()
    {
        var missing = CliRun.Of("serve", "--check", "--db", Database);
        Assert.Equal(LutetiaCli.Success, missing.ExitCode);
        Assert.Contains("does not exist yet; it will be created", missing.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));

        CreateDatabase();
        var run = CliRun.Of("serve", "--check", "--db", Database);
        Assert.Equal(LutetiaCli.Success, run.ExitCode);
        Assert.Contains("ok: database: Sqlite: Data Source=" + Database + " reachable, schema current", run.Out, StringComparison.Ordinal);
        Assert.Contains("ok: time zone: UTC", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Check_fails_on_a_database_file_others_may_read()
    {
        CreateDatabase();
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file modes are Unix's");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Database, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var run = CliRun.Of("serve", "--check", "--db", Database);
        Assert.Equal(LutetiaCli.Failure, run.ExitCode);
        Assert.Contains($"is readable or writable by other accounts (mode 644): chmod 600 {Database}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_and_check_refuse_a_database_upgraded_by_a_newer_Lutetia_and_leave_it_untouched()
    {
        CreateDatabase();
        using (var db = LutetiaDatabase.Open(LutetiaConnection.Parse(Database), "test:upgrade"))
            db.Database.ExecuteSqlRaw("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromANewerLutetia', '99.0.0')");
        var before = File.ReadAllBytes(Database);

        var check = CliRun.Of("serve", "--check", "--db", Database);
        var serve = CliRun.Of("serve", "--db", Database, "--urls", "http://127.0.0.1:0");

        Assert.Equal(LutetiaCli.Failure, check.ExitCode);
        Assert.Equal(LutetiaCli.Failure, serve.ExitCode);
        foreach (var run in new[] { check, serve })
        {
            Assert.Contains("the database was upgraded by a newer Lutetia", run.Error, StringComparison.Ordinal);
            Assert.Contains("29991231000000_FromANewerLutetia", run.Error, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("listens on", serve.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Database));
    }

    [Fact]
    public void Settings_from_a_file_with_a_mistake_stop_serve_naming_the_file_and_the_setting()
    {
        var settings = Path.Combine(_folder, "lutetia.json");
        File.WriteAllText(settings, $$"""{ "db": "{{Database}}", "idleTimeoutMinutes": 0 }""");
        var run = CliRun.Of("serve", "--config", settings, "--check");
        Assert.Equal(LutetiaCli.Failure, run.ExitCode);
        Assert.Contains($"idleTimeoutMinutes in {settings} 0 is not a number of minutes from 1 to 720", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
