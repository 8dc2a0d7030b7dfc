using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Imaging;

/// <summary>
/// Opens the lesion grid of one read: one line per lesion of the patient, the measurement columns
/// the read's modality uses (cohort-format.md, measurements.csv), and the CT/MRI reads of the same
/// reader up to it, the first being the baseline. Who may: whoever the matrix lets read imaging, on
/// the patient's centre, when the read is not hidden from them (<see cref="ReadBlinding"/>); any
/// other case is the same "no such read", which tells nothing of what exists.
/// </summary>
public sealed class OpenLesionGrid(LutetiaDbContext db) : IUseCase
{
    private static readonly TableSpec Spec = CohortFormat.Table("measurements")!;

    /// <summary>The columns of measurements.csv a modality fills.</summary>
    public static IReadOnlyList<FieldSpec> ColumnsFor(Modality modality) => modality switch
    {
        Modality.Ct or Modality.Mri => [Spec.Column("diameter_mm")!, Spec.Column("too_small_to_measure")!, Spec.Column("non_target_status")!],
        Modality.Srs111In => [Spec.Column("krenning")!],
        _ => [Spec.Column("suv_max")!, Spec.Column("sul_peak")!, Spec.Column("krenning")!],
    };

    public async Task<Result<LesionGridData>> RunAsync(Account actor, string patientId, string readId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var notFound = Refusal.NotFound($"Patient {patientId} has no read {readId} you may see.");
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => p.CenterId)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (center is null || !Permissions.Allows(actor, CrfSection.Imaging, CrfAccess.Read, center)
            || (await ReadBlinding.ForAsync(db, actor, center, cancellation).ConfigureAwait(false)).HidesRead(patientId, readId))
            return notFound;
        if (await db.Reads.AsNoTracking().FirstOrDefaultAsync(r => r.ReadId == readId && r.PatientId == patientId, cancellation).ConfigureAwait(false)
            is not { } read)
            return notFound;
        var lesions = await db.Lesions.AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Sequence)
            .ToListAsync(cancellation).ConfigureAwait(false);
        var stored = await db.Measurements.AsNoTracking().Where(m => m.ReadId == readId).ToDictionaryAsync(m => m.LesionId, StringComparer.Ordinal, cancellation)
            .ConfigureAwait(false);
        var columns = ColumnsFor(read.Modality);
        var entity = db.Model.FindEntityType(typeof(MeasurementRow))!;
        var series = read.Modality is Modality.Ct or Modality.Mri
            ? await db.Reads.AsNoTracking().Where(r => r.PatientId == patientId && r.Reader == read.Reader
                    && (r.Modality == Modality.Ct || r.Modality == Modality.Mri) && r.ExamDate <= read.ExamDate)
                .OrderBy(r => r.ExamDate).ToListAsync(cancellation).ConfigureAwait(false)
            : [];
        var earlierIds = series.Where(r => r.ReadId != readId).Select(r => r.ReadId).ToList();
        var earlier = await db.Measurements.AsNoTracking().Where(m => earlierIds.Contains(m.ReadId)).ToListAsync(cancellation).ConfigureAwait(false);
        return new LesionGridData(read, lesions, columns, [.. columns.Select(c => Patients.RowCells.Property(entity, c))], stored, series, earlier,
            Permissions.Allows(actor, CrfSection.Imaging, CrfAccess.Write, center)
            && !await Locks.RecordLocks.IsLockedAsync(db, patientId, cancellation).ConfigureAwait(false));
    }
}
