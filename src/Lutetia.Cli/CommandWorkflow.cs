using System.Diagnostics.CodeAnalysis;
using Lutetia.Storage;
using Lutetia.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Cli;

/// <summary>
/// The use cases of a command over the database its <c>--db</c> names, in the operator's name: opening
/// the database is this class's job (the commands call use cases only, docs/architecture.md). Every
/// save through it refreshes the data-quality issues of the patients it touched (<see cref="WorkflowScope"/>).
/// </summary>
internal sealed class CommandWorkflow : IDisposable
{
    private readonly LutetiaDbContext _db;
    private readonly WorkflowScope _scope;

    private CommandWorkflow(LutetiaDbContext db, TimeZoneInfo zone)
    {
        _db = db;
        _scope = WorkflowScope.Over(db, zone);
    }

    /// <summary>
    /// The operator of the command line: the study's coordinator, named <c>cli:USER</c> in the audit
    /// trail (whoever can run commands against the database's file or server runs the study).
    /// </summary>
    public static Account Operator { get; } = new($"cli:{Environment.UserName}", LutetiaRole.Coordinator, null);

    /// <summary>
    /// Opens (and migrates) the database <paramref name="dbArgument"/> names, with the study clock's
    /// <paramref name="zone"/>; false with what went wrong and how to fix it. When
    /// <paramref name="mustExist"/>, a SQLite file that is not there is an error rather than a new database.
    /// </summary>
    public static bool TryOpen(string? dbArgument, bool mustExist, TimeZoneInfo zone,
        [NotNullWhen(true)] out CommandWorkflow? workflow, [NotNullWhen(false)] out string? problem)
    {
        workflow = null;
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist, out var db, out problem))
            return false;
        workflow = new CommandWorkflow(db, zone);
        return true;
    }

    /// <summary>The use case asked for.</summary>
    public T Get<T>() where T : notnull => _scope.Get<T>();

    public void Dispose()
    {
        _scope.Dispose();
        _db.Dispose();
    }
}
