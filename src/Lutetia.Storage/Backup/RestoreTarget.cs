using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lutetia.Storage.Backup;

/// <summary>Whether the database a restore goes into can take it: reachable and empty (<see cref="EmptyTarget"/>).</summary>
internal static class RestoreTarget
{
    /// <summary>True when empty; <paramref name="hasTables"/> says whether it has tables already (a database Lutetia created, still empty).</summary>
    public static bool TryCheck(LutetiaConnection target, out bool hasTables, [NotNullWhen(false)] out string? problem)
    {
        hasTables = false;
        problem = null;
        var described = LutetiaConnection.Redacted(target.ConnectionString);
        try
        {
            if (target.Provider == DatabaseProvider.Sqlite)
            {
                var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
                if (!File.Exists(file) || new FileInfo(file).Length == 0)
                {
                    var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
                    problem = Directory.Exists(folder) ? null : $"the folder {folder} of the database file does not exist: create it or give another path";
                    return problem is null;
                }
                using var sqlite = SqliteFileBackup.Connect(target.ConnectionString, SqliteOpenMode.ReadWrite);
                return Check(sqlite, target.Provider, described, out hasTables, out problem);
            }
            using var postgres = new NpgsqlConnection(target.ConnectionString);
            postgres.Open();
            return Check(postgres, target.Provider, described, out hasTables, out problem);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            problem = $"the database named in --db ({described}) does not exist on the server: create it empty " +
                      "(createdb -O OWNER NAME, as a PostgreSQL administrator) and restore again";
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            problem = $"the PostgreSQL server refused the user or password of --db ({described}): {e.MessageText}. " +
                      $"Give the password in the file {DatabasePassword.FileVariable} names, or in {DatabasePassword.Variable}";
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or TimeoutException)
        {
            problem = $"cannot open the database to restore into ({described}): {e.Message}. Check the path or the server, its user and password";
        }
        return false;
    }

    private static bool Check(System.Data.Common.DbConnection connection, DatabaseProvider provider, string described,
        out bool hasTables, [NotNullWhen(false)] out string? problem)
    {
        hasTables = DatabaseFacts.Tables(connection, null, provider, includeMigrationHistory: true).Count > 0;
        problem = EmptyTarget.Check(connection, provider, described);
        return problem is null;
    }
}
