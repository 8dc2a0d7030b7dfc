using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Export;

/// <summary>
/// The cohort the database holds, every table in the order it was imported (export → import → export
/// is identical), for the account's reach: the coordinator's whole cohort or one centre, an
/// investigator's own centre whatever is asked (<see cref="ExportReach"/>). The reads the account may
/// not see are left out by <c>visible</c> (the web application's blinding; the command line sees all).
/// Who may export: the coordinator and investigators. With <c>lockedOnly</c>, the locked records only
/// (<see cref="LockedRecords"/>). The data cut is the study clock's instant when the data are read
/// (<see cref="ExportManifest"/>).
/// </summary>
public sealed class ExportCohort(LutetiaDbContext db, StudyClock clock) : IUseCase
{
    public async Task<Result<CohortExport>> RunAsync(Account actor, string? center, Func<Cohort, Cohort>? visible, bool lockedOnly,
        CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Export, CrfAccess.Read, "export the cohort") is { } refused)
            return refused;
        var reach = await ExportReach.CenterAsync(db, actor, center, cancellation).ConfigureAwait(false);
        if (!reach.TryGetValue(out var centerId))
            return reach.Refusal!;
        var dataCut = clock.UtcNow;
        var cohort = CohortStore.Export(db, centerId);
        if (lockedOnly)
            cohort = await LockedRecords.OnlyAsync(db, cohort, cancellation).ConfigureAwait(false);
        if (visible is not null)
            cohort = visible(cohort);
        return new CohortExport(cohort, new ExportManifest(dataCut, centerId, lockedOnly, cohort.Patients.Count, actor.UserName, "cohort"));
    }
}
