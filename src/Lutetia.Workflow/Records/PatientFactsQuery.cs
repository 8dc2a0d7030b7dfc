using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Records;

/// <summary>
/// The <see cref="PatientFacts"/> of many patients in a fixed number of grouped queries (one per
/// table, one for the issues, one for the queries, one for the locks), whatever their number: the
/// dashboard of 10,000 patients costs the same dozen round trips as that of ten. Each query is
/// restricted to the patients given (a sub-query, never a list of identifiers).
/// </summary>
internal static class PatientFactsQuery
{
    public static async Task<List<PatientFacts>> LoadAsync(LutetiaDbContext db, IQueryable<PatientRow> patients, CancellationToken ct)
    {
        var ids = patients.Select(p => p.PatientId);
        var rows = await patients.AsNoTracking().Select(p => new
        {
            p.PatientId,
            p.CenterId,
            p.Sequence,
            TumourGaps = p.BirthDate == null || p.DiagnosisDate == null || p.WhoGrade == null || p.Ki67Percent == null || p.Ecog == null,
            EndOfPrrtBlank = p.PrrtStopReason == null,
            DeathWithoutCause = p.DeathDate != null && p.DeathCause == null,
        }).ToListAsync(ct).ConfigureAwait(false);

        var cycles = await Count(db.PrrtCycles.Where(r => ids.Contains(r.PatientId)).Select(r => r.PatientId), ct).ConfigureAwait(false);
        var noActivity = await Count(db.PrrtCycles.Where(r => ids.Contains(r.PatientId) && r.ActivityGbq == null).Select(r => r.PatientId), ct).ConfigureAwait(false);
        var lesions = await Count(db.Lesions.Where(r => ids.Contains(r.PatientId)).Select(r => r.PatientId), ct).ConfigureAwait(false);
        var reads = await Count(db.Reads.Where(r => ids.Contains(r.PatientId)).Select(r => r.PatientId), ct).ConfigureAwait(false);
        var unmeasured = await Count(db.Reads.Where(r => ids.Contains(r.PatientId) && !db.Measurements.Any(m => m.ReadId == r.ReadId))
            .Select(r => r.PatientId), ct).ConfigureAwait(false);
        var clinical = await Count(db.Symptoms.Where(r => ids.Contains(r.PatientId)).Select(r => r.PatientId)
            .Concat(db.Labs.Where(r => ids.Contains(r.PatientId)).Select(r => r.PatientId))
            .Concat(db.Complications.Where(r => ids.Contains(r.PatientId)).Select(r => r.PatientId)), ct).ConfigureAwait(false);
        var progressions = await Count(db.Progressions.Where(r => ids.Contains(r.PatientId)).Select(r => r.PatientId), ct).ConfigureAwait(false);
        var issues = FormsOf((await db.Set<DataQualityIssueRow>().Where(i => ids.Contains(i.PatientId))
            .Select(i => new { i.PatientId, i.TableName, i.Field }).Distinct().ToListAsync(ct).ConfigureAwait(false))
            .Select(i => (i.PatientId, i.TableName, i.Field)));
        var queries = FormsOf((await OpenQueries(db).Where(q => ids.Contains(q.PatientId))
            .Select(q => new { q.PatientId, q.Entity, q.Field }).Distinct().ToListAsync(ct).ConfigureAwait(false))
            .Select(q => (q.PatientId, q.Entity, (string?)q.Field)));
        var locked = (await db.Set<RecordLockRow>().Where(l => l.VoidedAtUtc == null && ids.Contains(l.PatientId))
            .Select(l => l.PatientId).ToListAsync(ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

        return rows.ConvertAll(p => new PatientFacts(p.PatientId, p.CenterId, p.Sequence)
        {
            TumourGaps = p.TumourGaps,
            EndOfPrrtBlank = p.EndOfPrrtBlank,
            DeathWithoutCause = p.DeathWithoutCause,
            Cycles = cycles.GetValueOrDefault(p.PatientId),
            CyclesWithoutActivity = noActivity.GetValueOrDefault(p.PatientId),
            Lesions = lesions.GetValueOrDefault(p.PatientId),
            Reads = reads.GetValueOrDefault(p.PatientId),
            ReadsWithoutMeasurement = unmeasured.GetValueOrDefault(p.PatientId),
            ClinicalRows = clinical.GetValueOrDefault(p.PatientId),
            Progressions = progressions.GetValueOrDefault(p.PatientId),
            Locked = locked.Contains(p.PatientId),
            WithIssues = issues.GetValueOrDefault(p.PatientId) ?? Nothing,
            WithOpenQueries = queries.GetValueOrDefault(p.PatientId) ?? Nothing,
        });
    }

    /// <summary>The queries whose last step left them anything but closed.</summary>
    public static IQueryable<FieldQueryRow> OpenQueries(LutetiaDbContext db)
    {
        var steps = db.Set<FieldQueryStepRow>();
        return db.Set<FieldQueryRow>().AsNoTracking().Where(q => steps
            .Where(s => s.PatientId == q.PatientId && s.QueryNumber == q.Number)
            .OrderByDescending(s => s.Step).Select(s => s.Status).First() != QueryStatus.Closed);
    }

    private static readonly HashSet<RecordForm> Nothing = [];

    private static async Task<Dictionary<string, int>> Count(IQueryable<string> patientIds, CancellationToken ct) =>
        await patientIds.GroupBy(p => p).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.N, StringComparer.Ordinal, ct).ConfigureAwait(false);

    /// <summary>The forms each patient has an issue or a query on, from its (table, field) pairs.</summary>
    private static Dictionary<string, HashSet<RecordForm>> FormsOf(IEnumerable<(string Patient, string Table, string? Field)> found)
    {
        var forms = new Dictionary<string, HashSet<RecordForm>>(StringComparer.Ordinal);
        foreach (var (patient, table, field) in found)
        {
            if (!forms.TryGetValue(patient, out var set))
                forms[patient] = set = [];
            set.Add(RecordForms.Of(table, field));
        }
        return forms;
    }
}
