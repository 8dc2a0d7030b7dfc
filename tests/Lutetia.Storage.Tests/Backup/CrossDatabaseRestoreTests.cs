using Lutetia.Storage.Backup;

namespace Lutetia.Storage.Tests.Backup;

/// <summary>A logical backup moves a study from SQLite to PostgreSQL and back, every row and the whole trail intact.</summary>
public sealed class CrossDatabaseRestoreTests
{
    [Fact]
    public void A_logical_backup_of_sqlite_restores_into_postgres_and_back_with_the_same_rows_and_chain()
    {
        using var sqlite = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using (var db = sqlite.Open("test:alice"))
        {
            var lab = db.Labs.OrderBy(l => l.Sequence).First();
            lab.Value = 1.50m; // scale kept: "1.50"
            db.Reason = "re-measured";
            db.SaveChanges();
        }
        using var files = new BackupFiles();
        var (first, manifest) = files.Take(sqlite, BackupFormat.Logical, "from-sqlite.zip");
        using var postgres = TestStore.Create(DatabaseProvider.Postgres);

        var intoPostgres = LutetiaRestore.Run(first, postgres.Connection);
        Assert.True(intoPostgres.Succeeded, intoPostgres.Problem);
        var (second, again) = files.Take(postgres, BackupFormat.Logical, "from-postgres.zip");
        var back = files.File("back.db");
        var intoSqlite = LutetiaRestore.Run(second, LutetiaConnection.Parse(back));

        Assert.True(intoSqlite.Succeeded, intoSqlite.Problem);
        Assert.Equal(manifest.Head, again.Head);
        Assert.Equal(manifest.Tables, again.Tables);
        Assert.Equal(DatabaseProvider.Postgres, again.Provider);
        using var original = sqlite.Open();
        using var returned = LutetiaDatabase.Open(LutetiaConnection.Parse(back), "test:check");
        Assert.Equal(Csv(original), Csv(returned));
        Assert.Equal("1.50", returned.AuditEntries.OrderBy(e => e.Id).Last().NewValue);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>The study as the CSV files an export writes, file by file.</summary>
    private static Dictionary<string, string> Csv(LutetiaDbContext db)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lutetia-tests", $"csv-{Guid.NewGuid():N}");
        try
        {
            Intake.CsvCohortWriter.Write(CohortStore.Export(db), folder);
            return Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
