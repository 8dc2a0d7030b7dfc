using Lutetia.Analysis;
using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// Local versus central agreement on the live database: per centre and over all centres, the
/// response derived from the local reads against the central reads, with the percent agreement and
/// Cohen's kappa (Lutetia.Analysis's <see cref="AgreementTable"/>, the <see cref="StudyProtocol"/>'s
/// parameters), of the analysis the account may see (<see cref="AnalyseStudy"/>: its centres, without
/// the reads its blinding hides; from the <see cref="AnalysisCache"/>). The coordinator, the reviewer and
/// the statistician may read it.
/// </summary>
public sealed class AgreementTables(LutetiaDbContext db, StudyProtocol protocol, AnalysisCache cache) : IUseCase
{
    public async Task<Result<IReadOnlyList<AgreementTable>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Agreement, CrfAccess.Read, "see the agreement tables") is { } refused)
            return refused;
        var results = await AnalyseStudy.AnalyseAsync(db, protocol, cache, actor, cancellation).ConfigureAwait(false);
        return Result<IReadOnlyList<AgreementTable>>.Success(AgreementTable.Of(results));
    }
}
