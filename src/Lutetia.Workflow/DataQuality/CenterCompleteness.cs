using Lutetia.Analysis;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Analysis;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// What each included patient of a centre lacks for each endpoint of the study's protocol, with the
/// criterion's reason (Lutetia.Analysis's <see cref="Completeness"/> on the live rows, with the
/// <see cref="StudyProtocol"/> the host registered). Anyone who sees the centre may read it.
/// </summary>
public sealed class CenterCompleteness(LutetiaDbContext db, StudyProtocol protocol) : IUseCase
{
    public Task<Result<IReadOnlyList<DataGap>>> RunAsync(Account actor, string centerId, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Quality, CrfAccess.Read, "see the completeness", centerId) is { } refused)
            return Task.FromResult<Result<IReadOnlyList<DataGap>>>(refused);
        cancellation.ThrowIfCancellationRequested();
        if (!db.Centers.Any(c => c.CenterId == centerId))
            return Task.FromResult<Result<IReadOnlyList<DataGap>>>(Refusal.NotFound($"there is no centre \"{centerId}\" in the database"));
        var cohort = CohortStore.Export(db, centerId);
        IReadOnlyList<DataGap> gaps = cohort.Patients.Count == 0 ? [] : Completeness.Of(StudyAnalysis.Analyze(cohort, protocol.Parameters));
        return Task.FromResult(Result<IReadOnlyList<DataGap>>.Success(gaps));
    }
}
