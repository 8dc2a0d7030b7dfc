using System.Diagnostics.CodeAnalysis;
using Lutetia.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lutetia.Storage;

/// <summary>Opens the Lutetia database a connection names, migrated to the current schema.</summary>
public static class LutetiaDatabase
{
    /// <summary>A context on the database (not migrated: see <see cref="OpenMigrated"/>).</summary>
    public static LutetiaDbContext Open(LutetiaConnection connection, string user, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.Provider == DatabaseProvider.Sqlite)
            SqliteFile.CreateOwnerOnly(connection.ConnectionString);
        LutetiaDbContext db = connection.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteLutetiaDbContext(new DbContextOptionsBuilder<SqliteLutetiaDbContext>()
                .UseSqlite(connection.ConnectionString).Options),
            DatabaseProvider.Postgres => new PostgresLutetiaDbContext(new DbContextOptionsBuilder<PostgresLutetiaDbContext>()
                .UseNpgsql(connection.ConnectionString).Options),
            _ => throw new ArgumentOutOfRangeException(nameof(connection), connection.Provider, "unknown database provider"),
        };
        db.CurrentUser = user;
        db.Clock = clock ?? TimeProvider.System;
        return db;
    }

    /// <summary>
    /// Opens the database and applies every migration it lacks (creating it when new): what start-up
    /// does. A database upgraded by a newer Lutetia is a programmer's error here — the hosts check
    /// first with <see cref="TryOpenMigrated"/> (<c>serve</c>, <c>serve --check</c>, every command),
    /// which returns that refusal as a value before anything is written to it.
    /// </summary>
    public static LutetiaDbContext OpenMigrated(LutetiaConnection connection, string user) =>
        TryOpenMigrated(connection, user, out var db, out var newer) ? db : throw new InvalidOperationException(newer);

    /// <summary>
    /// As <see cref="OpenMigrated"/>; when the database was upgraded by a newer Lutetia
    /// (<see cref="SchemaState.NewerThanProgram"/>), nothing is written and <paramref name="newer"/> says
    /// what to do. A database that cannot be reached still throws (the callers word that themselves).
    /// </summary>
    public static bool TryOpenMigrated(LutetiaConnection connection, string user,
        [NotNullWhen(true)] out LutetiaDbContext? db, [NotNullWhen(false)] out string? newer)
    {
        var opened = Open(connection, user);
        try
        {
            newer = SchemaState.Of(opened).NewerThanProgram();
            if (newer is not null)
            {
                opened.Dispose();
                db = null;
                return false;
            }
            opened.Database.Migrate();
            if (connection.Provider == DatabaseProvider.Sqlite)
                opened.Database.ExecuteSqlRaw("PRAGMA journal_mode = WAL;"); // readers never block the writer (docs/storage.md)
            db = opened;
            return true;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What a command does with its <c>--db</c> value: parse it, open and migrate the database in the
    /// name of <c>cli:USER</c>. When <paramref name="mustExist"/> (export, verify), a SQLite file that
    /// is not there is an error rather than a new empty database. On failure, <paramref name="problem"/>
    /// says what went wrong and how to fix it (never the password).
    /// </summary>
    public static bool TryOpenForCommand(string? dbArgument, bool mustExist,
        [NotNullWhen(true)] out LutetiaDbContext? db, [NotNullWhen(false)] out string? problem)
    {
        db = null;
        if (!LutetiaConnection.TryParse(dbArgument, out var connection, out problem))
            return false;
        return TryOpenForCommand(connection, mustExist, out db, out problem);
    }

    /// <summary>As <see cref="TryOpenForCommand(string?, bool, out LutetiaDbContext?, out string?)"/>, on a connection already read.</summary>
    public static bool TryOpenForCommand(LutetiaConnection connection, bool mustExist,
        [NotNullWhen(true)] out LutetiaDbContext? db, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(connection);
        db = null;
        problem = null;
        if (mustExist && connection.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource is { Length: > 0 } file
            && !File.Exists(file))
        {
            problem = $"there is no database file {file}: give the one you imported into with --db FILE (or a PostgreSQL \"Host=…\" connection string)";
            return false;
        }
        try
        {
            if (TryOpenMigrated(connection, $"cli:{Environment.UserName}", out db, out var newer))
                return true;
            problem = $"{newer} ({connection})";
            return false;
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or TimeoutException or InvalidOperationException)
        {
            problem = $"cannot open the database ({connection}): {e.Message}. Check the path or the server, its user and password, " +
                      "and that the database was created by Lutetia";
            return false;
        }
    }
}
