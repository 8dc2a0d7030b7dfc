using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lutetia.Storage.Tests;

/// <summary>The SQLite file is its owner's alone; the PostgreSQL password need not be on the command line and never shows in a message.</summary>
public sealed class ConfidentialityTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_new_sqlite_database_and_its_wal_files_are_readable_and_writable_by_their_owner_only()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var folder = Directory.CreateTempSubdirectory("lutetia-mode-");
        try
        {
            var file = Path.Combine(folder.FullName, "study.db");
            using (var db = LutetiaDatabase.OpenMigrated(LutetiaConnection.Parse(file), "test:mode"))
            {
                db.Centers.Add(new CenterRow { CenterId = "C1", Name = "Lyon" });
                db.SaveChanges();
                Assert.True(File.Exists(file + "-wal"), "the database is in WAL mode, so SQLite made a -wal file");
                foreach (var made in Directory.GetFiles(folder.FullName))
                    Assert.True(File.GetUnixFileMode(made) == SqliteFile.OwnerOnly, $"{Path.GetFileName(made)}: {File.GetUnixFileMode(made)}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_password_in_db_wins_and_one_without_takes_the_file_then_the_variable()
    {
        const string host = "Host=db.example;Database=lutetia;Username=l";
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "from-file\nignored\n");
            Dictionary<string, string?> env = new() { [DatabasePassword.FileVariable] = file, [DatabasePassword.Variable] = "from-variable" };
            Assert.Equal("from-file", Password(LutetiaConnection.Parse(host, env.GetValueOrDefault)));
            env.Remove(DatabasePassword.FileVariable);
            Assert.Equal("from-variable", Password(LutetiaConnection.Parse(host, env.GetValueOrDefault)));
            Assert.Equal("given", Password(LutetiaConnection.Parse(host + ";Password=given", env.GetValueOrDefault)));
            Assert.Null(Password(LutetiaConnection.Parse(host, _ => null)));
            var shown = LutetiaConnection.Parse(host, env.GetValueOrDefault).ToString();
            Assert.DoesNotContain("from-variable", shown, StringComparison.Ordinal);
            Assert.Contains("***", shown, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_password_file_that_cannot_be_read_is_named_in_the_message()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");
        var error = Assert.Throws<ArgumentException>(() =>
            LutetiaConnection.Parse("Host=db.example;Database=x", v => v == DatabasePassword.FileVariable ? missing : null));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains(DatabasePassword.FileVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_password_with_a_semicolon_is_hidden_whole()
    {
        var shown = LutetiaConnection.Redacted("Host=h;Username=u;Password=\"se;cret\"");
        Assert.DoesNotContain("se;", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("cret", shown, StringComparison.Ordinal);
        Assert.Contains("***", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_postgresql_password_comes_from_a_file()
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString());
        var password = server.Password!;
        server.Password = null;
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, password + "\n");
            var connection = LutetiaConnection.Parse(server.ConnectionString, v => v == DatabasePassword.FileVariable ? file : null);
            Assert.Equal(password, Password(connection));
            using var db = LutetiaDatabase.Open(connection, "test:password");
            Assert.True(db.Database.CanConnect());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_reported_without_the_password_of_the_environment()
    {
        const string secret = "not-printed-4711";
        var file = Path.GetTempFileName();
        File.WriteAllText(file, secret + "\n");
        Environment.SetEnvironmentVariable(DatabasePassword.FileVariable, file);
        try
        {
            Assert.False(LutetiaDatabase.TryOpenForCommand("Host=127.0.0.1;Port=1;Database=nowhere;Username=u;Timeout=2", false, out _, out var problem));
            Assert.Contains("cannot open the database", problem, StringComparison.Ordinal);
            Assert.Contains("***", problem, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, problem, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabasePassword.FileVariable, null);
            File.Delete(file);
        }
    }

    private static string? Password(LutetiaConnection connection) =>
        new NpgsqlConnectionStringBuilder(connection.ConnectionString).Password;
}
