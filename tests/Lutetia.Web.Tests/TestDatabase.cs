using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lutetia.Web.Tests;

/// <summary>
/// A fresh database for one test application: a SQLite file in a temporary folder, or a new
/// database on the test PostgreSQL server (LUTETIA_TEST_POSTGRES, see <see cref="TestPostgres"/>),
/// dropped at the end.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(LutetiaConnection connection, string? folder, string? adminConnection, string? databaseName)
    {
        Connection = connection;
        _folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public LutetiaConnection Connection { get; }

    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("lutetia-web-test-").FullName;
            return new TestDatabase(new LutetiaConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "lutetia.db")}"), folder, null, null);
        }
        var admin = TestPostgres.ConnectionString();
        var name = "lutetia_web_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new LutetiaConnection(DatabaseProvider.Postgres, builder.ConnectionString), null, admin, name);
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_adminConnection);
            connection.Open();
            // The application's pool is cleared above; a database still in use by a straggler stays
            // behind on the throw-away test server rather than failing a test that passed.
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName}", connection);
            try
            {
                drop.ExecuteNonQuery();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
            {
            }
        }
    }
}
