namespace Lutetia.Storage.Backup;

/// <summary>
/// A database's schema version is the last migration applied to it. The two databases have their own
/// migration sets whose identifiers differ by their time stamps (<c>20261207161229_AccountLifeCycle</c>
/// on SQLite, <c>20261207161249_AccountLifeCycle</c> on PostgreSQL) but not by their names, which is
/// how a logical backup of one database finds its version among the other's migrations.
/// </summary>
public static class SchemaVersions
{
    public static string NameOf(string migrationId)
    {
        ArgumentNullException.ThrowIfNull(migrationId);
        var underscore = migrationId.IndexOf('_', StringComparison.Ordinal);
        return underscore < 0 ? migrationId : migrationId[(underscore + 1)..];
    }

    /// <summary>The migrations this program knows for the context's database, oldest first.</summary>
    public static IReadOnlyList<string> Known(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database).ToList();
    }

    /// <summary>The migration of <paramref name="known"/> with the name of <paramref name="version"/>; null when this program does not know it (a newer one does).</summary>
    public static string? Matching(IReadOnlyList<string> known, string version)
    {
        ArgumentNullException.ThrowIfNull(known);
        var name = NameOf(version);
        return known.FirstOrDefault(id => NameOf(id) == name);
    }
}
