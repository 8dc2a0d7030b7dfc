using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>The centre's investigator answers an open query of their own centre (the matrix's QueryAnswer).</summary>
public sealed class AnswerQuery(LutetiaDbContext db, StudyClock clock) : IUseCase
{
    private static readonly QueryMove Move = new(QueryAction.Answer, QueryStatus.Answered, CrfSection.QueryAnswer, QueryStatus.Open);

    /// <summary>Adds the step with <paramref name="text"/> to query <paramref name="number"/> of the patient; the query with its history after it.</summary>
    public Task<Result<FieldQuery>> RunAsync(Account actor, string patientId, int number, string? text, CancellationToken cancellation) =>
        Move.TakeAsync(db, clock, actor, patientId, number, text, cancellation);
}
