using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Review;

/// <summary>
/// The central review queue: the exams waiting for a central read, across centres, by centre, patient and date (<see cref="WaitingExams"/>),
/// blinded: nothing of the local read. The reviewer reads them, the coordinator watches (the matrix's Review, read).
/// </summary>
public sealed class ExamsToReview(LutetiaDbContext db) : IUseCase
{
    public Task<Result<IReadOnlyList<ReviewQueueItem>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        cancellation.ThrowIfCancellationRequested();
        if (Permissions.Check(actor, CrfSection.Review, CrfAccess.Read, "see the central review queue") is { } forbidden)
            return Task.FromResult<Result<IReadOnlyList<ReviewQueueItem>>>(forbidden);
        // CohortStore reads synchronously (one export of the whole cohort, as the analysis reads it).
        IReadOnlyList<ReviewQueueItem> queue = [.. WaitingExams.Of(CohortStore.Export(db)).Select(w => w.Item)];
        return Task.FromResult<Result<IReadOnlyList<ReviewQueueItem>>>(Result<IReadOnlyList<ReviewQueueItem>>.Success(queue));
    }
}
