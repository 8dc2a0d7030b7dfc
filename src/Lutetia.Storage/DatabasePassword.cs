using Npgsql;

namespace Lutetia.Storage;

/// <summary>
/// The PostgreSQL password kept off the command line, where <c>ps</c> shows it to every user of the
/// machine (docs/security.md, The PostgreSQL password): when <c>--db</c> names no password, it comes from the file that
/// <c>LUTETIA_DB_PASSWORD_FILE</c> names (its first line; a secret mounted by Docker or systemd), or
/// else from <c>LUTETIA_DB_PASSWORD</c>. Without either, Npgsql's own <c>PGPASSWORD</c> and
/// <c>PGPASSFILE</c> (a pgpass file) still apply. A password given in <c>--db</c> wins.
/// </summary>
public static class DatabasePassword
{
    public const string Variable = "LUTETIA_DB_PASSWORD";
    public const string FileVariable = "LUTETIA_DB_PASSWORD_FILE";

    /// <summary>
    /// The connection string with the password of the environment added when it has none. A password
    /// file that cannot be read is an <see cref="ArgumentException"/> naming the file, never the password.
    /// </summary>
    public static string Complete(string connectionString, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.Password))
            return connectionString;
        var password = FromFile(environment(FileVariable)) ?? environment(Variable);
        if (string.IsNullOrEmpty(password))
            return connectionString;
        builder.Password = password;
        return builder.ConnectionString;
    }

    private static string? FromFile(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return null;
        try
        {
            using var reader = new StreamReader(path);
            return reader.ReadLine() ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException(
                $"{FileVariable} names {path}, which cannot be read ({e.Message}): give a file holding the PostgreSQL password on its first line, readable by this account",
                nameof(path), e);
        }
    }
}
