using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Lutetia.Storage.Backup;

/// <summary>
/// PostgreSQL's own <c>pg_dump</c> and <c>pg_restore</c>, found on PATH, run with the connection of
/// <c>--db</c>: the host, port, user and database as a libpq connection string on the command line,
/// the password only in the child's environment (<c>PGPASSWORD</c>), never on a command line where
/// <c>ps</c> shows it. <c>--no-password</c>: a tool never waits for a password at a prompt.
/// </summary>
internal static class PgTools
{
    /// <summary>The full path of <paramref name="tool"/> on PATH, or null.</summary>
    public static string? Find(string tool)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>The libpq connection string (without the password) of an Npgsql one.</summary>
    public static string ConnInfo(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                parts.Add($"{key}='{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'");
        }
        Add("host", builder.Host);
        Add("port", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("user", builder.Username);
        Add("dbname", builder.Database);
        Add("sslmode", builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        Add("application_name", "lutetia backup");
        return string.Join(' ', parts);
    }

    /// <summary>
    /// Runs the tool; <paramref name="input"/> writes its standard input, <paramref name="output"/>
    /// reads its standard output (both streamed). Returns the exit code and what it wrote on stderr.
    /// </summary>
    public static (int ExitCode, string Error) Run(string tool, IEnumerable<string> arguments, NpgsqlConnectionStringBuilder builder,
        Action<Stream>? input, Action<Stream>? output)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = output is not null,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--no-password");
        start.ArgumentList.Add("--dbname=" + ConnInfo(builder));
        if (!string.IsNullOrEmpty(builder.Password))
            start.Environment["PGPASSWORD"] = builder.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started");
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
            {
                using var stdin = process.StandardInput.BaseStream;
                input(stdin);
            }
            if (output is not null)
                output(process.StandardOutput.BaseStream);
        }
        catch (IOException) when (process.WaitForExit(TimeSpan.FromSeconds(30)) && process.ExitCode != 0)
        {
            // The tool stopped reading (it failed): its own message on stderr says why.
        }
        process.WaitForExit();
        return (process.ExitCode, error.GetAwaiter().GetResult().Trim());
    }
}
