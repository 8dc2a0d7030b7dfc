using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// Local versus central agreement on the live database: per centre and over all centres, the
/// response derived from the local reads against the central reads, with the percent agreement and
/// Cohen's kappa (Lutetia.Analysis's <see cref="AgreementTable"/>, the <see cref="StudyProtocol"/>'s
/// parameters), without the reads the account may not see (<c>visible</c>). The coordinator, the
/// reviewer and the statistician may read it.
/// </summary>
public sealed class AgreementTables(LutetiaDbContext db, StudyProtocol protocol) : IUseCase
{
    public Task<Result<IReadOnlyList<AgreementTable>>> RunAsync(Account actor, Func<Cohort, Cohort>? visible, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Agreement, CrfAccess.Read, "see the agreement tables") is { } refused)
            return Task.FromResult<Result<IReadOnlyList<AgreementTable>>>(refused);
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Result<IReadOnlyList<AgreementTable>>.Success(AgreementTable.Of(AnalyseStudy.Analyse(db, protocol, visible))));
    }
}
