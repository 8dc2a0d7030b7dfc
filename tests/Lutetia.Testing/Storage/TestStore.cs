using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lutetia.Storage.Tests;

/// <summary>
/// A fresh, migrated Lutetia database for one test: a temporary SQLite file, or a new database on
/// the test PostgreSQL server; removed on dispose.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string? _file;
    private readonly string? _postgresDatabase;
    private readonly string? _postgresServer;

    private TestStore(LutetiaConnection connection, string? file, string? postgresDatabase, string? postgresServer)
    {
        Connection = connection;
        _file = file;
        _postgresDatabase = postgresDatabase;
        _postgresServer = postgresServer;
        using var db = LutetiaDatabase.OpenMigrated(connection, "test:setup");
    }

    public LutetiaConnection Connection { get; }

    public DatabaseProvider Provider => Connection.Provider;

    public static TestStore Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "lutetia-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new TestStore(LutetiaConnection.Parse(file), file, null, null);
        }
        var server = TestPostgres.ConnectionString();
        var name = $"lutetia_t_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestStore(new LutetiaConnection(DatabaseProvider.Postgres, builder.ConnectionString), null, name, server);
    }

    /// <summary>A new context on the database, its changes made in the name of <paramref name="user"/>.</summary>
    public LutetiaDbContext Open(string user = "test:alice") => LutetiaDatabase.Open(Connection, user);

    /// <summary>Runs SQL around the application (what a tamperer would do).</summary>
    public void Sql(string sql)
    {
        using var db = Open();
        db.Database.ExecuteSqlRaw(sql);
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in (string[])["", "-wal", "-shm"])
                File.Delete(_file + suffix);
        }
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(_postgresServer);
            admin.Open();
            // WITH (FORCE) also ends an autovacuum worker on the database, which PostgreSQL 15 lets only
            // a superuser or a member of pg_signal_backend do (scripts/lib/postgres.sh grants it). On a
            // server where the role lacks it, a database still in use stays behind on the throw-away
            // server rather than failing a test that passed.
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
            try
            {
                drop.ExecuteNonQuery();
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
            }
        }
    }
}
