using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>A coordinator or reviewer proposes how an answered query is resolved (the matrix's QueryRaise).</summary>
public sealed class ProposeResolution(LutetiaDbContext db, StudyClock clock) : IUseCase
{
    private static readonly QueryMove Move = new(QueryAction.ProposeResolution, QueryStatus.ResolutionProposed, CrfSection.QueryRaise, QueryStatus.Answered);

    /// <summary>Adds the step with <paramref name="text"/> to query <paramref name="number"/> of the patient; the query with its history after it.</summary>
    public Task<Result<FieldQuery>> RunAsync(Account actor, string patientId, int number, string? text, CancellationToken cancellation) =>
        Move.TakeAsync(db, clock, actor, patientId, number, text, cancellation);
}
