using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Records;

/// <summary>
/// The record-status dashboard (docs/web.md, "The study at a glance"): every patient the account
/// sees × the forms of its record, each form's <see cref="RecordState"/>, the counts per centre and
/// state, and one page of the patients matching the filter, sorted. Who may: whoever the matrix
/// lets read the patients; an investigator sees their own centre only, and asking for another
/// centre is refused. The states come from a fixed number of grouped queries (<see cref="PatientFactsQuery"/>).
/// </summary>
public sealed class RecordStatuses(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<StatusBoard>> RunAsync(Account actor, StatusFilter filter, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        if (Permissions.Check(actor, CrfSection.Patients, CrfAccess.Read, "see the patients", filter.Centre) is { } refused)
            return refused;
        var patients = db.Patients.AsNoTracking();
        if (Permissions.ReachOf(actor.Role, CrfSection.Patients, CrfAccess.Read) == Reach.OwnCenter)
            patients = patients.Where(p => p.CenterId == actor.CenterId);
        var facts = await PatientFactsQuery.LoadAsync(db, patients, cancellation).ConfigureAwait(false);
        var centres = await db.Centers.AsNoTracking().OrderBy(c => c.Sequence).Select(c => c.CenterId)
            .ToListAsync(cancellation).ConfigureAwait(false);
        var ordered = facts.OrderBy(f => centres.IndexOf(f.CenterId)).ThenBy(f => f.Sequence)
            .Select(f => new PatientStatusLine(f.PatientId, f.CenterId, RecordStateRules.Of(f))).ToList();
        var counts = centres.Where(actor.SeesCenter).Select(c => Count(c, ordered.Where(l => l.CenterId == c).ToList())).ToList();
        var matching = StatusPaging.Sorted(ordered.Where(l => Matches(l, filter)), filter.Sort, filter.Descending).ToList();
        var pages = Math.Max(1, (matching.Count + StatusFilter.PageSize - 1) / StatusFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        return new StatusBoard(matching.Skip((page - 1) * StatusFilter.PageSize).Take(StatusFilter.PageSize).ToList(),
            matching.Count, page, pages, counts);
    }

    private static bool Matches(PatientStatusLine line, StatusFilter filter) =>
        (string.IsNullOrWhiteSpace(filter.Search) || line.PatientId.Contains(filter.Search.Trim(), StringComparison.OrdinalIgnoreCase))
        && (filter.Centre is null || string.Equals(line.CenterId, filter.Centre, StringComparison.Ordinal))
        && (filter.State is not { } state || line.Shows(state));

    private static CentreStatusCount Count(string centre, List<PatientStatusLine> lines) =>
        new(centre, lines.Count, Enum.GetValues<RecordState>().ToDictionary(s => s, s => lines.Count(l => l.Shows(s))));
}
