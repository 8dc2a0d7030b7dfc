using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Backup;

/// <summary>
/// What a restore proves of the restored database (what <c>lutetia audit verify</c> does, plus the
/// backup's own records): the chain is intact, its head is the one the backup recorded, replaying the
/// trail gives exactly the stored rows, and every table holds the number of rows the backup recorded.
/// The database is first migrated to this program's schema, as <c>lutetia serve</c> would.
/// </summary>
internal static class RestoreCheck
{
    public static RestoreOutcome Verify(BackupArchiveReader archive, LutetiaConnection target)
    {
        var manifest = archive.Manifest;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"restored {archive.File} ({manifest.Describe()}, schema {manifest.SchemaName}, taken {manifest.CreatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC by {manifest.Program}) into {target}"),
        };
        using var db = LutetiaDatabase.OpenMigrated(target, "cli:restore");
        var chain = AuditTrail.Verify(db);
        if (!chain.IsIntact)
            return Failed(lines, $"the restored audit trail is BROKEN: {chain.Message}");
        lines.Add(chain.Message);
        var restoredHead = AuditAnchor.Format(chain.EntriesChecked, chain.HeadHash);
        if (restoredHead != manifest.Head)
            return Failed(lines, $"the restored chain head {restoredHead} is not the one recorded in the backup ({manifest.Head})");
        lines.Add($"the chain head is the one recorded in the backup: {manifest.Head}");
        var data = AuditReplay.Reconcile(db);
        if (!data.IsIntact)
            return Failed(lines, $"{data.Message}: " + string.Join("; ", data.Differences.Take(10).Select(d => d.Describe())));
        lines.Add(data.Message);
        var connection = db.Database.GetDbConnection();
        connection.Open();
        foreach (var table in manifest.Tables)
        {
            var rows = DatabaseFacts.Count(connection, null, table.Name);
            if (rows != table.Rows)
                return Failed(lines, string.Create(CultureInfo.InvariantCulture,
                    $"the restored table {table.Name} holds {rows} rows, the backup recorded {table.Rows}"));
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"every table holds the rows the backup recorded: {manifest.RowCount} rows in {manifest.Tables.Count} tables"));
        return new RestoreOutcome(true, lines, null, true);
    }

    private static RestoreOutcome Failed(List<string> lines, string problem) =>
        new(false, lines, problem + ". The database was restored but does not verify: do not serve it; keep the backup and report this", true);
}
