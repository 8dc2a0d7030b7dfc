using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Analysis;

namespace Lutetia.Workflow.Review;

/// <summary>
/// The patients behind one cell of the local-versus-central agreement tables (<see cref="AgreementTables"/>):
/// the centre (or <c>all</c>), the endpoint (<c>mm_response</c>, <c>non_mm_response</c>), the local
/// and the central category — a discordant cell's patients, to look at their reads. From the same
/// analysis as the tables (<see cref="AnalyseStudy"/>: the account's centres, without the reads its
/// blinding hides, from the <see cref="AnalysisCache"/>): a reviewer gets only the patients whose
/// reads they may already see. Who may: as the tables (the matrix's Agreement).
/// </summary>
public sealed class AgreementCell(LutetiaDbContext db, StudyProtocol protocol, AnalysisCache cache) : IUseCase
{
    public async Task<Result<IReadOnlyList<AgreementPair>>> RunAsync(Account actor, string center, string endpoint,
        string local, string central, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Agreement, CrfAccess.Read, "see the agreement tables") is { } refused)
            return refused;
        if (endpoint is not ("mm_response" or "non_mm_response"))
            return Refusal.NotFound($"there is no agreement table \"{endpoint}\"; the tables are mm_response and non_mm_response");
        var results = await AnalyseStudy.AnalyseAsync(db, protocol, cache, actor, cancellation).ConfigureAwait(false);
        var pairs = new List<AgreementPair>();
        foreach (var patient in results.Included)
        {
            if (patient.Agreement is not { } pair || (center != "all" && patient.Record.Patient.Center.Value != center))
                continue;
            var (l, c) = endpoint == "mm_response"
                ? (Invariant.Code(pair.MmLocal), Invariant.Code(pair.MmCentral))
                : (pair.NonMmLocal is { } nl ? Invariant.Code(nl) : null, pair.NonMmCentral is { } nc ? Invariant.Code(nc) : null);
            if (l == local && c == central)
                pairs.Add(new AgreementPair(patient.Record.Patient.Id.Value, patient.Record.Patient.Center.Value, l, c,
                    patient.Imaging?.Baseline?.Date, patient.Imaging?.Post?.Date));
        }
        return Result<IReadOnlyList<AgreementPair>>.Success(pairs);
    }
}
