using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Web.Forms;

/// <summary>
/// The lesion grid of one read: one line per lesion of the patient, the measurement columns the
/// read's modality uses (cohort-format.md, measurements.csv), each cell checked by the format's
/// rules as it is typed, and the verdicts of the criteria library (MM rule, RECIST 1.1) at this read
/// over the CT/MRI reads of the same reader up to it, the first being the baseline.
/// </summary>
public sealed class LesionGridModel
{
    private static readonly TableSpec Spec = CohortFormat.Table("measurements")!;
    private readonly Dictionary<string, MeasurementRow> _stored = new(StringComparer.Ordinal);
    private List<ReadRow> _series = [];
    private List<MeasurementRow> _earlier = [];
    private IEntityType? _entity;

    public ReadRow Read { get; private set; } = new();
    public IReadOnlyList<LesionRow> Lesions { get; private set; } = [];
    public IReadOnlyList<FieldSpec> Columns { get; private set; } = [];
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Issues { get; } = new(StringComparer.Ordinal);

    public static string Cell(string lesion, string column) => $"{lesion}:{column}";

    /// <summary>The columns of measurements.csv a modality fills.</summary>
    public static IReadOnlyList<FieldSpec> ColumnsFor(Modality modality) => modality switch
    {
        Modality.Ct or Modality.Mri => [Spec.Column("diameter_mm")!, Spec.Column("too_small_to_measure")!, Spec.Column("non_target_status")!],
        Modality.Srs111In => [Spec.Column("krenning")!],
        _ => [Spec.Column("suv_max")!, Spec.Column("sul_peak")!, Spec.Column("krenning")!],
    };

    /// <summary>Loads the read (tracked in <paramref name="db"/>, so a save detects a concurrent change). False when the read is not this patient's.</summary>
    public async Task<bool> LoadAsync(LutetiaDbContext db, string patientId, string readId, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Reads.AsNoTracking().FirstOrDefaultAsync(r => r.ReadId == readId && r.PatientId == patientId, cancellation).ConfigureAwait(false) is not { } read)
            return false;
        Read = read;
        Lesions = await db.Lesions.AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Sequence).ToListAsync(cancellation).ConfigureAwait(false);
        Columns = ColumnsFor(read.Modality);
        _stored.Clear();
        Values.Clear();
        Issues.Clear();
        foreach (var m in await db.Measurements.Where(m => m.ReadId == readId).ToListAsync(cancellation).ConfigureAwait(false))
            _stored[m.LesionId] = m;
        var entity = _entity = db.Model.FindEntityType(typeof(MeasurementRow))!;
        foreach (var lesion in Lesions)
        {
            foreach (var column in Columns)
                Values[Cell(lesion.LesionId, column.Name)] = _stored.TryGetValue(lesion.LesionId, out var m)
                    ? RowCells.Text(RowCells.Property(entity, column), m) : "";
        }
        _series = read.Modality is Modality.Ct or Modality.Mri
            ? await db.Reads.AsNoTracking().Where(r => r.PatientId == patientId && r.Reader == read.Reader
                    && (r.Modality == Modality.Ct || r.Modality == Modality.Mri) && r.ExamDate <= read.ExamDate)
                .OrderBy(r => r.ExamDate).ToListAsync(cancellation).ConfigureAwait(false)
            : [];
        var earlierIds = _series.Where(r => r.ReadId != readId).Select(r => r.ReadId).ToList();
        _earlier = await db.Measurements.AsNoTracking().Where(m => earlierIds.Contains(m.ReadId)).ToListAsync(cancellation).ConfigureAwait(false);
        return true;
    }

    /// <summary>The baseline read of this read's series, when this read is a follow-up read (its values are shown beside).</summary>
    public ReadRow? BaselineRead => _series.Count > 1 && _series[0].ReadId != Read.ReadId ? _series[0] : null;

    /// <summary>What the baseline read recorded of a lesion, in words ("40 mm", "too small", a non-target status), or "—".</summary>
    public string AtBaseline(string lesionId)
    {
        if (BaselineRead is not { } baseline
            || _earlier.FirstOrDefault(m => m.ReadId == baseline.ReadId && m.LesionId == lesionId) is not { } m)
            return "—";
        if (m.DiameterMm is { } mm)
            return mm.ToString(System.Globalization.CultureInfo.InvariantCulture) + " mm";
        if (m.TooSmallToMeasure == true)
            return "too small to measure";
        return m.NonTargetStatus is { } status ? CodeText.Words(status) : "—";
    }

    /// <summary>Takes a typed value and checks it with the format's rule for its column.</summary>
    public void Set(string lesion, string column, string? text)
    {
        var cell = Cell(lesion, column);
        Values[cell] = text ?? "";
        if (Spec.Column(column)?.Check(text) is { } issue)
            Issues[cell] = RowCells.Message(issue);
        else
            Issues.Remove(cell);
    }

    /// <summary>What the grid's values give at this read, recomputed from scratch (the criteria library, unchanged).</summary>
    public GridVerdict Verdict()
    {
        if (Read.Modality is not (Modality.Ct or Modality.Mri))
            return new GridVerdict { Note = "The MM rule and RECIST 1.1 use the CT and MRI reads; this read is " + Codes<Modality>.ToCode(Read.Modality) + "." };
        if (_series.Count == 0 || _series[0].ReadId == Read.ReadId)
            return new GridVerdict { Note = "This is the baseline read of the series: the categories appear at the follow-up reads." };
        var measurements = new List<Measurement>(_earlier.Select(m => m.ToDomain()));
        measurements.AddRange(Current().Select(m => m.ToDomain()));
        var lesions = Lesions.Select(l => l.ToDomain()).ToList();
        var reads = _series.Select(r => new SeriesRead(r.ToDomain(),
            measurements.Where(m => m.Read.Value == r.ReadId).ToList())).ToList();
        var checkedSeries = ReadSeries.TryCreate(lesions, reads);
        if (checkedSeries.Problem is { } refused)
            return new GridVerdict { Note = refused.Message };
        var series = checkedSeries.Value;
        var verdict = new GridVerdict();
        if (lesions.Any(l => l.IsMesentericMass))
        {
            var course = MesentericMassRule.TryAssess(series);
            if (course.Problem is { } mmRefused)
            {
                verdict = verdict with { MmExplanation = mmRefused.Message };
            }
            else
            {
                var mm = course.Value.Reads.First(r => r.Read.Value == Read.ReadId);
                verdict = verdict with
                {
                    MmChangePercent = mm.ChangeFromBaselinePercent,
                    MmCategory = mm.Response.ToString().ToUpperInvariant(),
                    MmExplanation = mm.Explanation.Sentence,
                };
            }
        }
        else
        {
            verdict = verdict with { MmExplanation = "No lesion is flagged as the mesenteric mass (lesions, mesenteric_mass = yes)." };
        }
        var recist = Recist11.TryAssess(series);
        if (recist.Problem is { } recistRefused)
            return verdict with { RecistExplanation = recistRefused.Message };
        var point = recist.Value.TimePoints.First(t => t.Read.Value == Read.ReadId);
        return verdict with { RecistCategory = Recist(point.Overall), RecistExplanation = point.Explanation.Sentence };
    }

    /// <summary>
    /// Saves the grid: a measurement for every lesion with a value, none for a lesion left empty.
    /// Returns how it ended, with the problem in words when it did not save.
    /// </summary>
    public async Task<GridSave> SaveAsync(LutetiaDbContext db, string? reason, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Issues.Count > 0)
            return new(GridSaveOutcome.InvalidCells, "Nothing was saved: correct the cells marked in red.");
        var entity = db.Model.FindEntityType(typeof(MeasurementRow))!;
        foreach (var lesion in Lesions)
        {
            var any = Columns.Any(c => Values[Cell(lesion.LesionId, c.Name)].Trim().Length > 0);
            _stored.TryGetValue(lesion.LesionId, out var row);
            if (!any)
            {
                if (row is not null)
                    db.Remove(row);
                continue;
            }
            if (row is null)
            {
                row = new MeasurementRow { ReadId = Read.ReadId, LesionId = lesion.LesionId, PatientId = Read.PatientId };
                db.Add(row);
            }
            foreach (var column in Columns)
            {
                var property = RowCells.Property(entity, column);
                RowCells.TryParse(property, column, Values[Cell(lesion.LesionId, column.Name)], out var value);
                db.Entry(row).Property(property.Name).CurrentValue = value;
            }
        }
        db.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        try
        {
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
            return GridSave.Saved;
        }
        catch (AuditReasonRequiredException)
        {
            Discard(db);
            return new(GridSaveOutcome.ReasonRequired,
                "These measurements were saved before: give a reason for the change (for example: \"re-measured on the source images\"). Nothing was saved.");
        }
        catch (ConcurrencyConflictException e)
        {
            return new(GridSaveOutcome.Conflict, e.Message);
        }
        catch (StoredValueRefusedException e)
        {
            Discard(db);
            return new(e.Table.Length == 0 ? GridSaveOutcome.ReasonRequired : GridSaveOutcome.Refused, e.Message + ".");
        }
        catch (Lutetia.Storage.Workflow.RecordLockedException e)
        {
            Discard(db);
            return new(GridSaveOutcome.Refused, e.Message);
        }
        catch (DbUpdateException)
        {
            return new(GridSaveOutcome.Refused, "The database refused the measurements (a lesion or the read was deleted meanwhile). Nothing was saved: reload the page.");
        }
    }

    /// <summary>Forgets the changes of a save that was refused, so the next attempt starts from what was loaded.</summary>
    private static void Discard(LutetiaDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                entry.CurrentValues.SetValues(entry.OriginalValues);
                entry.State = EntityState.Unchanged;
            }
        }
    }

    private IEnumerable<MeasurementRow> Current()
    {
        var entity = _entity!;
        foreach (var lesion in Lesions)
        {
            var row = new MeasurementRow { ReadId = Read.ReadId, LesionId = lesion.LesionId, PatientId = Read.PatientId };
            var any = false;
            foreach (var column in Columns)
            {
                var text = Values[Cell(lesion.LesionId, column.Name)];
                if (Issues.ContainsKey(Cell(lesion.LesionId, column.Name)) || text.Trim().Length == 0)
                    continue;
                any = true;
                var property = RowCells.Property(entity, column);
                RowCells.TryParse(property, column, text, out var value);
                property.PropertyInfo!.SetValue(row, value);
            }
            if (any)
                yield return row;
        }
    }

    private static string Recist(OverallResponse response) => response == OverallResponse.NonCrNonPd ? "non-CR/non-PD" : response.ToString().ToUpperInvariant();

}
