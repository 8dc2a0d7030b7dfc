using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// The study's analysis on the live database: every patient's endpoints and their derivation, the
/// tables, the report's results — Lutetia.Analysis with the <see cref="StudyProtocol"/> the host
/// registered, on the whole cohort without the reads the account may not see (<c>visible</c>, the
/// web application's blinding). The coordinator and the statistician may run it.
/// </summary>
public sealed class AnalyseStudy(LutetiaDbContext db, StudyProtocol protocol) : IUseCase
{
    public Task<Result<StudyResults>> RunAsync(Account actor, Func<Cohort, Cohort>? visible, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Analysis, CrfAccess.Read, "run the analysis") is { } refused)
            return Task.FromResult<Result<StudyResults>>(refused);
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Result<StudyResults>.Success(Analyse(db, protocol, visible)));
    }

    /// <summary>The whole cohort, as the account may see it, analysed with the protocol.</summary>
    internal static StudyResults Analyse(LutetiaDbContext db, StudyProtocol protocol, Func<Cohort, Cohort>? visible)
    {
        var cohort = CohortStore.Export(db);
        return StudyAnalysis.Analyze(visible is null ? cohort : visible(cohort), protocol.Parameters);
    }
}
