using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>
/// Where a database's schema stands against this program's migrations (docs/deploy.md, Upgrades): the
/// migrations it still lacks (applied at start) and those it has that this program does not know
/// (it was upgraded by a newer Lutetia: this one must not run on it).
/// </summary>
public sealed record SchemaState(IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown, string LatestKnown)
{
    public bool Current => Pending.Count == 0 && Unknown.Count == 0;

    /// <summary>Reads the migration history (an empty database has none: every migration is pending).</summary>
    public static SchemaState Of(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = db.Database.GetMigrations().ToList();
        var applied = db.Database.GetAppliedMigrations().ToList();
        return new SchemaState(known.Except(applied, StringComparer.Ordinal).ToList(), applied.Except(known, StringComparer.Ordinal).ToList(),
            known.LastOrDefault() ?? "none");
    }

    /// <summary>Null when this program may run on the database, else why not and what to do.</summary>
    public string? NewerThanProgram() => Unknown.Count == 0
        ? null
        : $"the database was upgraded by a newer Lutetia: it has {Unknown.Count} migration(s) this program does not know " +
          $"({string.Join(", ", Unknown.Take(3))}{(Unknown.Count > 3 ? ", …" : "")}; this program is version {Version} and knows up to {LatestKnown}). " +
          "Run the Lutetia version that upgraded it (or a newer one); never run an older program on an upgraded database. " +
          "To go back, restore the backup taken before the upgrade";

    /// <summary>This program's version, as a message names it.</summary>
    public static string Version => typeof(SchemaState).Assembly.GetName().Version?.ToString(3) ?? "unknown";
}
