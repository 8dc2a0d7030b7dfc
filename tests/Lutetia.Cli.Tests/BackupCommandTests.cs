using Lutetia.Intake.Tests;
using Microsoft.Data.Sqlite;

namespace Lutetia.Cli.Tests;

/// <summary>Backup and restore through the command line: `lutetia backup --db … --out FILE` and `lutetia restore FILE --db …`.</summary>
public sealed class BackupCommandTests
{
    [Theory]
    [InlineData("native")]
    [InlineData("logical")]
    public void Backup_prints_the_recorded_head_and_restore_verifies_the_copy_against_it(string format)
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);
        var head = CliRun.Of("audit", "head", "--db", db).Out.Trim();

        var backup = CliRun.Of("backup", "--db", db, "--out", folder.File("site.zip"), "--format", format);
        var restore = CliRun.Of("restore", folder.File("site.zip"), "--db", folder.File("restored.db"));
        SqliteConnection.ClearAllPools();

        Assert.Equal((0, ""), (backup.ExitCode, backup.Error));
        Assert.Contains($"audit chain head {head} (check it after a restore with `lutetia audit verify --head {head}`)", backup.Out, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.File("site.zip")));
        Assert.Equal((0, ""), (restore.ExitCode, restore.Error));
        var lines = restore.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith($"restored {folder.File("site.zip")} (", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("audit trail intact: ", lines[1], StringComparison.Ordinal);
        Assert.Equal($"the chain head is the one recorded in the backup: {head}", lines[2]);
        Assert.StartsWith("the data match the audit trail: ", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("every table holds the rows the backup recorded: ", lines[4], StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("audit", "verify", "--head", head, "--db", folder.File("restored.db")).ExitCode);
    }

    [Fact]
    public void Restore_refusals_exit_1_with_the_reason_and_no_stack_trace()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);
        Assert.Equal(0, CliRun.Of("backup", "--db", db, "--out", folder.File("site.zip")).ExitCode);
        File.WriteAllText(folder.File("notes.txt"), "not a backup");

        var nonEmpty = CliRun.Of("restore", folder.File("site.zip"), "--db", db);
        var notBackup = CliRun.Of("restore", folder.File("notes.txt"), "--db", folder.File("new.db"));
        SqliteConnection.ClearAllPools();

        Assert.Equal(1, nonEmpty.ExitCode);
        Assert.StartsWith($"lutetia restore: the database Data Source={db} is not empty: it holds an audit trail of ", nonEmpty.Error, StringComparison.Ordinal);
        Assert.EndsWith("and give its connection string. Nothing was written.\n", nonEmpty.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(1, notBackup.ExitCode);
        Assert.StartsWith($"lutetia restore: {folder.File("notes.txt")} is not a readable Lutetia backup: it is not a zip archive", notBackup.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("new.db")));
        foreach (var run in new[] { nonEmpty, notBackup })
        {
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Out);
        }
    }

    [Fact]
    public void Backup_of_a_missing_database_or_into_a_missing_folder_exits_1_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();

        var missing = CliRun.Of("backup", "--db", folder.File("none.db"), "--out", folder.File("x.zip"));
        var noFolder = CliRun.Of("backup", "--db", folder.File("none.db"), "--out", folder.File("no/such/x.zip"));
        var badFormat = CliRun.Of("backup", "--db", folder.File("none.db"), "--out", folder.File("x.zip"), "--format", "tar");

        Assert.Equal((1, $"lutetia backup: there is no database file {folder.File("none.db")}: give the one the server uses with --db FILE. No backup was written.\n"),
            (missing.ExitCode, missing.Error.ReplaceLineEndings("\n")));
        Assert.Equal(1, noFolder.ExitCode);
        Assert.StartsWith($"lutetia backup: the folder {folder.File("no/such")} of --out does not exist: create it", noFolder.Error, StringComparison.Ordinal);
        Assert.Equal(2, badFormat.ExitCode);
        Assert.False(File.Exists(folder.File("none.db")));
        Assert.False(File.Exists(folder.File("x.zip")));
    }
}
