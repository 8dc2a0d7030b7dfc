using System.IO.Compression;
using Lutetia.Storage.Backup;
using Npgsql;

namespace Lutetia.Storage.Tests.Backup;

/// <summary>
/// What a restore refuses, before writing anything, each with a message saying what is wrong and what
/// to do: a target that holds data, a file cut short, altered or not a backup, a backup of a newer
/// schema or format, a wrong password, a backup of the other database.
/// </summary>
public sealed class RestoreRefusalTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Restoring_into_a_database_that_holds_data_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        using var source = Sample.StoreWithSmallCohort(provider);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source);
        using var target = TestStore.Create(provider);
        using (var db = target.Open("test:other-study"))
        {
            db.Centers.Add(new CenterRow { CenterId = "C9", Name = "Another study" });
            db.SaveChanges();
        }

        var outcome = LutetiaRestore.Run(file, target.Connection);

        Assert.False(outcome.Succeeded);
        Assert.False(outcome.Written);
        Assert.StartsWith("the database ", outcome.Problem, StringComparison.Ordinal);
        Assert.Contains(" is not empty: it holds an audit trail of 1 entries, audit_entries (1 rows), centers (1 rows). " +
                        "A restore goes into an empty database only: give a new SQLite file, or create an empty PostgreSQL database", outcome.Problem, StringComparison.Ordinal);
        using var check = target.Open();
        Assert.Equal(["C9"], check.Centers.Select(c => c.CenterId).ToList());
        Assert.Equal(1, AuditTrail.Verify(check).EntriesChecked);
    }

    [Fact]
    public void A_backup_cut_short_is_refused_as_a_copy_that_did_not_finish()
    {
        using var source = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var target = files.File("restored.db");

        var outcome = LutetiaRestore.Run(file, LutetiaConnection.Parse(target));

        Assert.Equal($"{file} is not a readable Lutetia backup: it is not a zip archive, or it was cut short (the end of the archive, which lists " +
                     "its contents, is missing: a copy that did not finish). Use another copy of the backup (or take a new one with `lutetia backup`)",
            outcome.Problem);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData(BackupFormat.Native, "database.sqlite")]
    [InlineData(BackupFormat.Logical, "tables/labs.jsonl")]
    public void A_backup_altered_after_it_was_written_is_refused_by_its_checksum(BackupFormat format, string part)
    {
        using var source = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source, format);
        BackupFiles.ReplacePart(file, part, content =>
        {
            content[^2] ^= 0x01; // one bit
            return content;
        });
        var target = files.File("restored.db");

        var outcome = LutetiaRestore.Run(file, LutetiaConnection.Parse(target));

        Assert.StartsWith($"{file} is damaged: its part {part} is not what was written at backup time (", outcome.Problem, StringComparison.Ordinal);
        Assert.EndsWith("Use another copy of the backup (or take a new one with `lutetia backup`)", outcome.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Damaged_compressed_data_are_refused_as_unreadable_or_altered()
    {
        using var source = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source);
        var bytes = File.ReadAllBytes(file);
        for (var i = 200; i < 400; i++)
            bytes[i] ^= 0x5A; // inside database.sqlite's compressed data, the first entry of the archive
        File.WriteAllBytes(file, bytes);

        var outcome = LutetiaRestore.Run(file, LutetiaConnection.Parse(files.File("restored.db")));

        Assert.False(outcome.Succeeded);
        Assert.StartsWith($"{file} is damaged: its part database.sqlite ", outcome.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(files.File("restored.db")));
    }

    [Fact]
    public void A_file_that_is_not_a_backup_is_refused_saying_what_to_give()
    {
        using var files = new BackupFiles();
        var csv = files.File("patients.csv");
        File.WriteAllText(csv, "patient_id,center_id\nP1,C1\n");
        var zip = files.File("other.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            archive.CreateEntry("readme.txt");

        var notZip = LutetiaRestore.Run(csv, LutetiaConnection.Parse(files.File("a.db")));
        var otherZip = LutetiaRestore.Run(zip, LutetiaConnection.Parse(files.File("b.db")));
        var missing = LutetiaRestore.Run(files.File("nothing.zip"), LutetiaConnection.Parse(files.File("c.db")));

        Assert.StartsWith($"{csv} is not a readable Lutetia backup: it is not a zip archive", notZip.Problem, StringComparison.Ordinal);
        Assert.Equal($"{zip} is a zip archive but not a Lutetia backup (it has no Lutetia manifest.json): give a file written by `lutetia backup --out FILE`", otherZip.Problem);
        Assert.Equal($"there is no file {files.File("nothing.zip")}: give the backup file that `lutetia backup --out FILE` wrote", missing.Problem);
        Assert.Empty(Directory.GetFiles(files.Folder, "*.db"));
    }

    [Fact]
    public void A_backup_from_a_newer_schema_or_format_is_refused_naming_the_version_to_use()
    {
        using var source = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source);
        var target = files.File("restored.db");
        BackupFiles.EditManifest(file, m =>
        {
            m["schemaVersion"] = "20991231000000_AuditSignatures";
            m["program"] = "Lutetia 9.0.0";
        });

        var schema = LutetiaRestore.Run(file, LutetiaConnection.Parse(target));
        BackupFiles.EditManifest(file, m => m["formatVersion"] = 2);
        var format = LutetiaRestore.Run(file, LutetiaConnection.Parse(target));

        Assert.StartsWith($"{file} was taken from a database at schema 20991231000000_AuditSignatures, which this Lutetia (Lutetia 0.1.0", schema.Problem, StringComparison.Ordinal);
        Assert.EndsWith("does not know: it comes from a newer Lutetia (Lutetia 9.0.0). Restore it with that version or a later one", schema.Problem, StringComparison.Ordinal);
        Assert.Equal($"{file} was written by a newer Lutetia (backup format 2; this program reads format 1): restore it with that version of Lutetia or a later one", format.Problem);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_wrong_password_is_refused_on_backup_and_on_restore_without_showing_it()
    {
        using var source = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source, BackupFormat.Logical);
        using var server = PasswordCheckingPostgres.Start(); // the shared test server trusts every local connection
        var wrong = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Password = "not-the-password-42" };
        var connection = new LutetiaConnection(DatabaseProvider.Postgres, wrong.ConnectionString);

        var restore = LutetiaRestore.Run(file, connection);
        var backup = LutetiaBackup.Create(connection, files.File("again.zip"), BackupFormat.Native);

        Assert.StartsWith("the PostgreSQL server refused the user or password of --db (", restore.Problem, StringComparison.Ordinal);
        Assert.EndsWith("Give the password in the file LUTETIA_DB_PASSWORD_FILE names, or in LUTETIA_DB_PASSWORD", restore.Problem, StringComparison.Ordinal);
        Assert.False(restore.Written);
        Assert.StartsWith("cannot read the database (Postgres: ", backup.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-42", restore.Problem + backup.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(files.File("again.zip")));
        var right = LutetiaRestore.Run(file, new LutetiaConnection(DatabaseProvider.Postgres, server.ConnectionString));
        Assert.True(right.Succeeded, right.Problem); // the same server with the right password: only the password was refused
    }

    [Fact]
    public void A_database_that_does_not_exist_on_the_server_is_refused_saying_how_to_create_it()
    {
        using var source = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source, BackupFormat.Logical);
        var missing = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString()) { Database = $"lutetia_none_{Guid.NewGuid():N}" };

        var outcome = LutetiaRestore.Run(file, new LutetiaConnection(DatabaseProvider.Postgres, missing.ConnectionString));

        Assert.StartsWith("the database named in --db (", outcome.Problem, StringComparison.Ordinal);
        Assert.EndsWith("does not exist on the server: create it empty (createdb -O OWNER NAME, as a PostgreSQL administrator) and restore again", outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_file_backup_restores_into_sqlite_only_and_says_how_to_move_to_postgres()
    {
        using var source = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var files = new BackupFiles();
        var (file, _) = files.Take(source);
        using var target = TestStore.Create(DatabaseProvider.Postgres);

        var outcome = LutetiaRestore.Run(file, target.Connection);

        Assert.StartsWith("this is a SQLite backup (a copy of the database file): it restores into a SQLite file (--db FILE). To move a study to PostgreSQL, " +
                          "take a logical backup of it (`lutetia backup --format logical`)", outcome.Problem, StringComparison.Ordinal);
    }
}
