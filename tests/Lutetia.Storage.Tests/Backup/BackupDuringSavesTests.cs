using Lutetia.Domain;
using Lutetia.Storage.Backup;

namespace Lutetia.Storage.Tests.Backup;

/// <summary>
/// A backup taken while writers save restores into an empty database whose audit
/// chain ends exactly at the head recorded in the backup, verifies, and holds the rows that head gives.
/// </summary>
public sealed class BackupDuringSavesTests
{
    public static TheoryData<DatabaseProvider, BackupFormat> Ways => new()
    {
        { DatabaseProvider.Sqlite, BackupFormat.Native },
        { DatabaseProvider.Sqlite, BackupFormat.Logical },
        { DatabaseProvider.Postgres, BackupFormat.Native },
        { DatabaseProvider.Postgres, BackupFormat.Logical },
    };

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_backup_taken_during_a_burst_of_saves_restores_to_its_recorded_head_and_verifies(DatabaseProvider provider, BackupFormat format)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using var files = new BackupFiles();
        var (saves, backup) = BurstWithBackup(store, files, format);

        var manifest = backup.Manifest!;
        using (var source = store.Open())
        {
            var final = AuditTrail.Verify(source);
            Assert.True(final.IsIntact, final.Message);
            Assert.InRange(manifest.HeadEntryId, 1, final.EntriesChecked - 1); // taken in the middle of the burst
        }
        Assert.Equal(provider == DatabaseProvider.Postgres && format == BackupFormat.Native ? BackupKind.PgDump
            : format == BackupFormat.Logical ? BackupKind.Logical : BackupKind.SqliteFile, manifest.Kind);
        Assert.True(saves > 16, $"only {saves} saves in the burst");

        using var target = TestStore.Create(provider);
        var restore = LutetiaRestore.Run(files.File("burst.zip"), target.Connection);

        Assert.True(restore.Succeeded, restore.Problem);
        Assert.Contains($"the chain head is the one recorded in the backup: {manifest.Head}", restore.Lines);
        using var restored = target.Open();
        var chain = AuditTrail.Verify(restored);
        Assert.True(chain.IsIntact, chain.Message);
        Assert.Equal(manifest.Head, AuditAnchor.Format(chain.EntriesChecked, chain.HeadHash));
        Assert.True(AuditReplay.Reconcile(restored).IsIntact);
        var labsInserted = restored.AuditEntries.Count(e => e.Entity == "labs" && e.Action == AuditAction.Insert);
        Assert.Equal(labsInserted, restored.Labs.Count());
        Assert.Equal(manifest.Tables.Single(t => t.Name == "labs").Rows, restored.Labs.Count());
        Assert.Equal(manifest.Tables.Single(t => t.Name == "audit_entries").Rows, manifest.HeadEntryId);
    }

    /// <summary>Four writers insert and update labs until the backup is taken and as many saves again have followed it.</summary>
    private static (int Saves, BackupOutcome Backup) BurstWithBackup(TestStore store, BackupFiles files, BackupFormat format)
    {
        var saves = 0;
        var stop = false;
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var day = 0;
            while (!Volatile.Read(ref stop))
            {
                using var db = store.Open($"test:writer{w}");
                var lab = new LabRow { PatientId = "P2", Date = new DateOnly(2018, 1, 1).AddDays(day++), Test = LabTest.Cga, Value = w, Uln = 100 };
                db.Labs.Add(lab);
                db.SaveChanges();
                lab.Value = w + 0.5m;
                db.Reason = "value corrected";
                db.SaveChanges();
                Interlocked.Add(ref saves, 2);
            }
        })).ToList();
        SpinWait.SpinUntil(() => Volatile.Read(ref saves) >= 8, TimeSpan.FromSeconds(60));
        var backup = LutetiaBackup.Create(store.Connection, files.File("burst.zip"), format);
        var after = Volatile.Read(ref saves);
        SpinWait.SpinUntil(() => Volatile.Read(ref saves) >= after + 8, TimeSpan.FromSeconds(60));
        Volatile.Write(ref stop, true);
        Task.WaitAll([.. writers]);
        Assert.True(backup.Succeeded, backup.Problem);
        return (saves, backup);
    }
}
