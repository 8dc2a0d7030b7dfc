namespace Lutetia.Storage.Backup;

/// <summary>What a backup read of the database in the same snapshot as its data.</summary>
internal sealed record SnapshotFacts(string SchemaVersion, long HeadEntryId, string HeadHash, IReadOnlyList<BackupTable> Tables)
{
    /// <summary>Reads the facts on an open connection, inside <paramref name="transaction"/>; null when the database is not Lutetia's.</summary>
    public static SnapshotFacts? Read(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction,
        DatabaseProvider provider, IReadOnlyList<BackupTable>? tables = null)
    {
        var schema = DatabaseFacts.SchemaVersion(connection, transaction, provider);
        if (schema is null || !DatabaseFacts.Tables(connection, transaction, provider).Contains("audit_chain_head"))
            return null;
        var (entryId, hash) = DatabaseFacts.Head(connection, transaction);
        return new SnapshotFacts(schema, entryId, hash, tables ?? DatabaseFacts.Counts(connection, transaction, provider));
    }

    public const string NotLutetia = "it has no Lutetia schema (no migration history or no audit chain head): give the database `lutetia serve` or `lutetia import` uses";
}
