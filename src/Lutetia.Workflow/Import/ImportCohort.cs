using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Import;

/// <summary>
/// Stores a checked cohort (<see cref="CheckCohortFile"/>) into a database that holds no cohort yet,
/// through the audit trail in the actor's name with the caller's reason ("import
/// of cohort.zip"): one save, all or nothing, each row audited, and — as every save — the issue list
/// of every imported patient written in the same transaction. The coordinator imports. Answers the
/// number of rows written; a database that already holds a cohort is a <see cref="RefusalKind.Conflict"/>.
/// </summary>
public sealed class ImportCohort(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<int>> RunAsync(Account actor, CheckedCohort cohort, string reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (Permissions.Check(actor, CrfSection.Import, CrfAccess.Write, "import a cohort") is { } refused)
            return refused;
        var centers = await db.Centers.CountAsync(cancellation).ConfigureAwait(false);
        var patients = await db.Patients.CountAsync(cancellation).ConfigureAwait(false);
        if (centers > 0 || patients > 0)
            return Refusal.Conflict($"the database already holds a cohort ({centers} centres, {patients} patients): " +
                                    "a cohort is imported into an empty database; use a new database file or server database");
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var rows = CohortStore.Stage(db, cohort.Cohort);
            var saved = await AuditedSave.SaveAsync(db, actor, reason, cancellation).ConfigureAwait(false);
            return saved.Refusal is { } notSaved ? notSaved : rows;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
