using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// A coordinator or reviewer closes a query, in one step with a note, from any status but closed
/// (the matrix's QueryRaise): after the centre's answer, after a proposed resolution, or an open
/// query raised in error or settled by a corrected value — the note says which. A closed query is
/// re-opened by raising a new one (docs/workflow.md, Queries).
/// </summary>
public sealed class CloseQuery(LutetiaDbContext db, StudyClock clock) : IUseCase
{
    private static readonly QueryMove Move = new(QueryAction.Close, QueryStatus.Closed, CrfSection.QueryRaise,
        QueryStatus.Open, QueryStatus.Answered, QueryStatus.ResolutionProposed);

    /// <summary>Adds the step with <paramref name="text"/> to query <paramref name="number"/> of the patient; the query with its history after it.</summary>
    public Task<Result<FieldQuery>> RunAsync(Account actor, string patientId, int number, string? text, CancellationToken cancellation) =>
        Move.TakeAsync(db, clock, actor, patientId, number, text, cancellation);
}
