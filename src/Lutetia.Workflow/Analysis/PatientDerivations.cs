using System.Globalization;
using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// How each patient's endpoints were derived, a page of <see cref="PageSize"/> patients at a time,
/// searched by patient identifier (a part of it, any case): the per-patient section of report.html for
/// a study of any size (docs/analysis.md), from the analysis the account may see (<see cref="AnalyseStudy"/>,
/// through the <see cref="AnalysisCache"/>). Who may: as for the analysis, the coordinator and the statistician.
/// </summary>
public sealed class PatientDerivations(LutetiaDbContext db, StudyProtocol protocol, AnalysisCache cache) : IUseCase
{
    /// <summary>Patients per page: a page never sends more.</summary>
    public const int PageSize = 200;

    /// <summary>Page <paramref name="page"/> (from 1) of the patients whose identifier contains <paramref name="search"/>.</summary>
    public async Task<Result<DerivationPage>> RunAsync(Account actor, string? search, int page, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Analysis, CrfAccess.Read, "see how the patients' endpoints were derived") is { } refused)
            return refused;
        if (page < 1)
            return Refusal.Invalid($"page {page.ToString(CultureInfo.InvariantCulture)} does not exist: pages are numbered from 1",
                new FieldProblem("page", "give a page number of 1 or more"));
        var results = await AnalyseStudy.AnalyseAsync(db, protocol, cache, actor, cancellation).ConfigureAwait(false);
        var term = search?.Trim() ?? "";
        var matching = results.Patients.Where(p => p.Record.Patient.Id.Value.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        if (page > pageCount)
            return Refusal.Invalid(string.Create(CultureInfo.InvariantCulture,
                    $"page {page} does not exist: {matching.Count} patient(s) match, on {pageCount} page(s)"),
                new FieldProblem("page", string.Create(CultureInfo.InvariantCulture, $"give a page number from 1 to {pageCount}")));
        return new DerivationPage(term, page, pageCount, matching.Count, matching.Skip((page - 1) * PageSize).Take(PageSize).ToList());
    }
}
