namespace Lutetia.Storage;

/// <summary>
/// Told of every save that changed patients' rows, inside the save's transaction, after the rows are
/// written and before the audit trail commits: the hook through which the application layer keeps
/// what it derives from the rows (the data-quality issues, src/Lutetia.Workflow/DataQuality) in step
/// with them, without the database layer knowing the rules. Set on the context by whoever opens it
/// (<see cref="LutetiaDbContext.SavedDataObserver"/>): the web application's database factory and
/// the command line's workflow scope. If it throws, the save is rolled back and the error reported.
/// </summary>
public interface ISavedDataObserver
{
    /// <summary>
    /// The save stamped <paramref name="savedAtUtc"/> changed rows of <paramref name="patientIds"/>
    /// (each named once); work on <paramref name="db"/>, in its transaction, synchronously when
    /// <paramref name="async"/> is false (a <c>SaveChanges</c>, not a <c>SaveChangesAsync</c>).
    /// Whatever it writes must not enter the audit trail (write with SQL, not through the change tracker).
    /// </summary>
    Task PatientsSavedAsync(LutetiaDbContext db, IReadOnlyList<string> patientIds, DateTime savedAtUtc, bool async, CancellationToken cancellationToken);
}
