using Lutetia.Storage.Backup;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lutetia.Storage.Tests.Backup;

/// <summary>Which kind of backup a database gets, and where each restores.</summary>
public sealed class BackupKindTests
{
    [Fact]
    public void Without_pg_dump_on_path_a_postgres_backup_is_a_logical_export_and_says_so()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Postgres);
        using var files = new BackupFiles();

        var outcome = LutetiaBackup.Create(store.Connection, files.File("study.zip"), BackupFormat.Native, _ => null);

        Assert.True(outcome.Succeeded, outcome.Problem);
        Assert.Equal(BackupKind.Logical, outcome.Manifest!.Kind);
        Assert.Equal("pg_dump is not on PATH: a logical export of every table was taken instead (install postgresql-client for pg_dump backups)", outcome.Note);
        using var target = TestStore.Create(DatabaseProvider.Postgres);
        Assert.True(LutetiaRestore.Run(files.File("study.zip"), target.Connection).Succeeded);
    }

    [Fact]
    public void A_pg_dump_backup_restores_into_a_new_database_without_any_table()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Postgres);
        using var files = new BackupFiles();
        var (file, manifest) = files.Take(store);
        var server = TestPostgres.ConnectionString();
        var name = $"lutetia_t_{Guid.NewGuid():N}";
        Admin(server, $"CREATE DATABASE {name}");
        try
        {
            var target = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };

            var outcome = LutetiaRestore.Run(file, new LutetiaConnection(DatabaseProvider.Postgres, target.ConnectionString));

            Assert.Equal(BackupKind.PgDump, manifest.Kind);
            Assert.True(outcome.Succeeded, outcome.Problem);
            Assert.Contains($"the chain head is the one recorded in the backup: {manifest.Head}", outcome.Lines);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Admin(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public void A_database_that_is_not_lutetias_is_not_backed_up()
    {
        using var files = new BackupFiles();
        var other = files.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')";
            command.ExecuteNonQuery();
        }

        var outcome = LutetiaBackup.Create(LutetiaConnection.Parse(other), files.File("other.zip"), BackupFormat.Native);

        Assert.Equal($"{other} cannot be backed up: it has no Lutetia schema (no migration history or no audit chain head): " +
                     "give the database `lutetia serve` or `lutetia import` uses", outcome.Problem);
        Assert.False(File.Exists(files.File("other.zip")));
        Assert.Empty(Directory.GetFiles(files.Folder, ".*"));
    }

    private static void Admin(string server, string sql)
    {
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }
}
