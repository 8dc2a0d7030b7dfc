using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>Opens the Lutetia database a connection names, migrated to the current schema.</summary>
public static class LutetiaDatabase
{
    /// <summary>A context on the database (not migrated: see <see cref="OpenMigrated"/>).</summary>
    public static LutetiaDbContext Open(LutetiaConnection connection, string user)
    {
        ArgumentNullException.ThrowIfNull(connection);
        LutetiaDbContext db = connection.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteLutetiaDbContext(new DbContextOptionsBuilder<SqliteLutetiaDbContext>()
                .UseSqlite(connection.ConnectionString).Options),
            DatabaseProvider.Postgres => new PostgresLutetiaDbContext(new DbContextOptionsBuilder<PostgresLutetiaDbContext>()
                .UseNpgsql(connection.ConnectionString).Options),
            _ => throw new ArgumentOutOfRangeException(nameof(connection), connection.Provider, "unknown database provider"),
        };
        db.CurrentUser = user;
        return db;
    }

    /// <summary>Opens the database and applies every migration it lacks (creating it when new): what start-up does.</summary>
    public static LutetiaDbContext OpenMigrated(LutetiaConnection connection, string user)
    {
        var db = Open(connection, user);
        try
        {
            db.Database.Migrate();
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }
}
