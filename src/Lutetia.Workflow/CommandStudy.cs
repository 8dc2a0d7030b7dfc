using System.Diagnostics.CodeAnalysis;
using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow;

/// <summary>
/// The study a command of the command line works on: the database its <c>--db</c> names, opened
/// and migrated in the name <c>cli:USER</c> (<c>LutetiaDatabase.TryOpenForCommand</c>), the
/// use cases over it, and the acting account. The command line is the server operator's: whoever
/// can run it holds the database (its file or its credentials) and could change anything around the
/// application, so <see cref="Operator"/> has the coordinator's rights — the permission matrix is
/// the web application's guard; the audit trail still names <c>cli:USER</c>.
/// <code>
/// if (!CommandStudy.TryOpen(dbArgument, mustExist: true, out var study, out var problem)) { print problem; return 1; }
/// using (study) { var result = await study.Get&lt;ListAccounts&gt;().RunAsync(study.Operator, cancellation); … }
/// </code>
/// </summary>
public sealed class CommandStudy : IDisposable
{
    private readonly LutetiaDbContext _db;
    private readonly WorkflowScope _scope;

    private CommandStudy(LutetiaDbContext db, TimeZoneInfo zone)
    {
        _db = db;
        _scope = WorkflowScope.Over(db, zone);
        Operator = new Account(db.CurrentUser, LutetiaRole.Coordinator, null);
    }

    /// <summary>The command's actor: <c>cli:USER</c>, with the coordinator's rights.</summary>
    public Account Operator { get; }

    /// <summary>The command line's actor before a database is open (checking a file): the same <c>cli:USER</c>.</summary>
    public static Account CommandLineOperator { get; } = new($"cli:{Environment.UserName}", LutetiaRole.Coordinator, null);

    /// <summary>
    /// Opens the study for a command; on failure, <paramref name="problem"/> says what went wrong and
    /// how to fix it. With <paramref name="mustExist"/>, a SQLite file that is not there is a problem
    /// rather than a new empty database.
    /// </summary>
    public static bool TryOpen(string? dbArgument, bool mustExist, [NotNullWhen(true)] out CommandStudy? study, [NotNullWhen(false)] out string? problem)
    {
        study = null;
        // The study's "today" and time zone: LUTETIA_TIME_ZONE, as for the server (UTC when unset).
        if (!StudyClock.TryFromEnvironment(out var clock, out var zoneProblem))
        {
            problem = zoneProblem ?? StudyClock.TimeZoneVariable + " names no time zone";
            return false;
        }
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist, out var db, out problem))
            return false;
        try
        {
            study = new CommandStudy(db, clock.Zone);
            return true;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The use case asked for, over the command's database.</summary>
    public T Get<T>() where T : notnull => _scope.Get<T>();

    public void Dispose()
    {
        _scope.Dispose();
        _db.Dispose();
    }
}
