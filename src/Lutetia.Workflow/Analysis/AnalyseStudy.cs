using Lutetia.Analysis;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// The study's analysis on the live database: every patient's endpoints and their derivation, the
/// tables, the report's results — Lutetia.Analysis with the <see cref="StudyProtocol"/> the host
/// registered, on the patients of the centres the account reaches, without the reads its blinding hides
/// (<see cref="ReadBlinding"/>, decided from the database for the account). Computed once per data
/// version, protocol and scope and kept in the process's <see cref="AnalysisCache"/>. The coordinator and
/// the statistician may run it.
/// </summary>
public sealed class AnalyseStudy(LutetiaDbContext db, StudyProtocol protocol, AnalysisCache cache) : IUseCase
{
    public async Task<Result<StudyResults>> RunAsync(Account actor, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Analysis, CrfAccess.Read, "run the analysis") is { } refused)
            return refused;
        return await AnalyseAsync(db, protocol, cache, actor, cancellation).ConfigureAwait(false);
    }

    /// <summary>The analysis <paramref name="actor"/> may see, from the cache when its version is there (the callers check who may).</summary>
    internal static async Task<StudyResults> AnalyseAsync(LutetiaDbContext db, StudyProtocol protocol, AnalysisCache cache, Account actor,
        CancellationToken cancellation)
    {
        // The version is read before the data: a save in between gives a newer analysis under the older
        // head, which nobody asks for once the head has moved on — never an older analysis under the newer head.
        var head = await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == AuditChainHead.SingleId)
            .Select(h => new { h.LastEntryId, h.LastHash }).SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        var blinding = await ReadBlinding.ForAsync(db, actor, reviewCenter: null, cancellation).ConfigureAwait(false);
        var key = new AnalysisKey(head?.LastEntryId ?? 0, head?.LastHash.Trim() ?? "", protocol.Parameters, AnalysisScope.Of(actor, blinding));
        return await cache.GetOrComputeAsync(key, () => Analyse(db, key, blinding), cancellation).ConfigureAwait(false);
    }

    /// <summary>The patients of the scope's centres, without the reads the blinding hides, analysed with the key's protocol.</summary>
    private static StudyResults Analyse(LutetiaDbContext db, AnalysisKey key, ReadBlinding blinding) =>
        StudyAnalysis.Analyze(blinding.Visible(CohortStore.Export(db, key.Scope.Center)), key.Parameters);
}
