using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>
/// Which database a <c>--db</c> value names: nothing → the SQLite file ./lutetia.db; a path or a
/// <c>Data Source=…</c> string → SQLite; a connection string with <c>Host=…</c> → PostgreSQL.
/// </summary>
public sealed record LutetiaConnection(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultFile = "lutetia.db";

    public static LutetiaConnection Parse(string? text) => Parse(text, Environment.GetEnvironmentVariable);

    /// <summary>
    /// As <see cref="Parse(string?)"/>, a PostgreSQL connection string without a password taking it from
    /// <paramref name="environment"/> (<see cref="DatabasePassword"/>).
    /// </summary>
    public static LutetiaConnection Parse(string? text, Func<string, string?> environment)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new(DatabaseProvider.Sqlite, $"Data Source={DefaultFile}");
        var value = text.Trim();
        if (!value.Contains('='))
            return new(DatabaseProvider.Sqlite, $"Data Source={value}");
        var keys = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0].Trim().ToUpperInvariant())
            .ToHashSet();
        if (keys.Contains("HOST") || keys.Contains("SERVER"))
            return new(DatabaseProvider.Postgres, DatabasePassword.Complete(value, environment));
        if (keys.Contains("DATA SOURCE") || keys.Contains("DATASOURCE") || keys.Contains("FILENAME"))
            return new(DatabaseProvider.Sqlite, value);
        throw new ArgumentException(
            $"--db \"{Redacted(value)}\" is neither a file path, a SQLite \"Data Source=FILE\" nor a PostgreSQL \"Host=…;Database=…\" connection string",
            nameof(text));
    }

    /// <summary>
    /// <see cref="Parse(string?, Func{string, string?})"/> for a value a user typed: false with the problem
    /// (what is wrong and the forms accepted, never the password) instead of an exception.
    /// </summary>
    public static bool TryParse(string? text, Func<string, string?> environment,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LutetiaConnection? connection,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        try
        {
            connection = Parse(text, environment);
            problem = null;
            return true;
        }
        // Library boundary: Parse hands the text to the connection-string builders of Npgsql and
        // Microsoft.Data.Sqlite (DatabasePassword.Complete), which have no Try… form and throw
        // ArgumentException on a malformed string; their message (and Parse's own) is the problem.
        catch (ArgumentException e)
        {
            connection = null;
            problem = e.Plain();
            return false;
        }
    }

    /// <summary><see cref="TryParse(string?, Func{string, string?}, out LutetiaConnection?, out string?)"/> with the process's environment.</summary>
    public static bool TryParse(string? text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LutetiaConnection? connection,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem) =>
        TryParse(text, Environment.GetEnvironmentVariable, out connection, out problem);

    /// <summary>The connection string without its password, for messages (a quoted password with a ; in it included).</summary>
    public static string Redacted(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        // Library boundary: DbConnectionStringBuilder (System.Data) has no Try… parser and throws
        // ArgumentException on a malformed string; the redaction then falls back to splitting on ';'.
        catch (ArgumentException)
        {
            return string.Join(';', connectionString.Split(';').Select(part =>
                part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase) ? "Password=***" : part));
        }
        if (!PasswordKeys.Any(builder.ContainsKey))
            return connectionString;
        foreach (var key in PasswordKeys.Where(builder.ContainsKey))
            builder[key] = "***";
        return builder.ConnectionString;
    }

    /// <summary>Npgsql's names of the password keyword.</summary>
    private static readonly string[] PasswordKeys = ["Password", "Pwd", "Psw"];

    public override string ToString() => $"{Provider}: {Redacted(ConnectionString)}";
}
