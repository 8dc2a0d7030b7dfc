using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Review;

/// <summary>
/// The exam a central reviewer reads next: the one after <c>after</c> in the queue's order (centre,
/// patient, anchor), else the first still waiting — never the exam named, never one read centrally
/// already, since it is taken from the queue as the database holds it now (<see cref="WaitingExams"/>).
/// Null when nothing else waits. Who may: those who enter central reads (the matrix's Review, write).
/// </summary>
public sealed class NextExam(LutetiaDbContext db) : IUseCase
{
    public Task<Result<ReviewQueueItem?>> RunAsync(Account actor, (string PatientId, DateOnly Date, Modality Modality)? after, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        cancellation.ThrowIfCancellationRequested();
        if (Permissions.Check(actor, CrfSection.Review, CrfAccess.Write, "read the next exam") is { } forbidden)
            return Task.FromResult<Result<ReviewQueueItem?>>(forbidden);
        var queue = WaitingExams.Of(CohortStore.Export(db)).Select(w => w.Item).ToList();
        bool Named(ReviewQueueItem i) => after is { } a && i.PatientId == a.PatientId && i.ExamDate == a.Date && i.Modality == a.Modality;
        var at = queue.FindIndex(Named);
        var next = queue.Skip(at + 1).Concat(queue.Take(Math.Max(at, 0))).FirstOrDefault(i => !Named(i));
        return Task.FromResult(Result<ReviewQueueItem?>.Success(next));
    }
}
