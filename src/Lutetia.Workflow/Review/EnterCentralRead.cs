using System.Globalization;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Review;

/// <summary>
/// The central reviewer (the matrix's Review, write) enters the reading of a waiting exam, blinded
/// to the local read: stored as the exam's <c>central</c> read with its measurements (one per lesion
/// at most), then returned with the local read for comparison. A locked record refuses it.
/// </summary>
public sealed class EnterCentralRead(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<CentralReadResult>> RunAsync(Account actor, string patientId, DateOnly examDate, Modality modality,
        IReadOnlyList<LesionReading> readings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(readings);
        if (Permissions.Check(actor, CrfSection.Review, CrfAccess.Write, "enter a central read") is { } forbidden)
            return forbidden;
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        var exam = WaitingExams.Of(CohortStore.Export(db, centre))
            .FirstOrDefault(w => w.Item.PatientId == patientId && w.Item.ExamDate == examDate && w.Item.Modality == modality);
        if (exam.Item is null)
            return Refusal.Conflict(
                $"the {Codes<Modality>.ToCode(modality)} exam of patient {patientId} on {Date(examDate)} is not waiting for a central read " +
                "(it is not the baseline or post-PRRT exam of an included patient, or it has its central read already); nothing was saved");
        if (ReadingProblem(exam.Item, readings) is { } invalid)
            return invalid;

        var localReadId = exam.Local.Id.Value;
        var readId = await NewReadIdAsync(localReadId, cancellation).ConfigureAwait(false);
        var rows = new List<object>
        {
            new ReadRow { ReadId = readId, PatientId = patientId, ExamDate = examDate, Modality = modality, Reader = Reader.Central },
        };
        rows.AddRange(readings.Select(r => new MeasurementRow
        {
            ReadId = readId,
            LesionId = r.LesionId,
            PatientId = patientId,
            DiameterMm = r.DiameterMm,
            TooSmallToMeasure = r.TooSmallToMeasure,
            NonTargetStatus = r.NonTargetStatus,
        }));
        var saved = await AuditedInsert.SaveAsync(db, actor, $"central read of the {Codes<ReviewAnchor>.ToCode(exam.Item.Anchor)} exam", rows, cancellation)
            .ConfigureAwait(false);
        if (saved.Refusal is { KeyTaken: true })
            return Refusal.Conflict($"the exam of patient {patientId} on {Date(examDate)} was read centrally by someone else a moment ago; nothing was saved");
        if (saved.Refusal is { } refused)
            return refused;
        var local = await db.Measurements.AsNoTracking().Where(m => m.ReadId == localReadId).OrderBy(m => m.Sequence)
            .Select(m => new LesionReading(m.LesionId, m.DiameterMm, m.TooSmallToMeasure, m.NonTargetStatus))
            .ToListAsync(cancellation).ConfigureAwait(false);
        return new CentralReadResult(readId, patientId, examDate, modality, [.. readings], localReadId, local);
    }

    /// <summary>Each reading names a lesion of the exam's list, once, with values the format accepts (the cell rules of measurements.csv).</summary>
    private static Refusal? ReadingProblem(ReviewQueueItem item, IReadOnlyList<LesionReading> readings)
    {
        var diameter = CohortFormat.Table("measurements")!.Column("diameter_mm")!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in readings)
        {
            if (!item.Lesions.Any(l => l.LesionId == r.LesionId))
                return Invalid(r.LesionId,
                    $"lesion {r.LesionId} is not one of patient {item.PatientId}'s lesions to read ({string.Join(", ", item.Lesions.Select(l => l.LesionId))})");
            if (!seen.Add(r.LesionId))
                return Invalid(r.LesionId, $"lesion {r.LesionId} is read twice; give one reading per lesion");
            if (r.DiameterMm is { } d && diameter.Check(d.ToString(CultureInfo.InvariantCulture)) is { } issue)
                return Invalid(r.LesionId, $"lesion {r.LesionId}, diameter_mm {d.ToString(CultureInfo.InvariantCulture)}: {issue.Message} ({issue.Hint})");
        }
        return null;
    }

    private static Refusal Invalid(string lesionId, string message) => Refusal.Invalid(message, new FieldProblem(lesionId, message));

    /// <summary>The local read's identifier with <c>-C</c>, or a new unique one when that is taken or too long.</summary>
    private async Task<string> NewReadIdAsync(string localReadId, CancellationToken cancellation)
    {
        var candidate = localReadId + "-C";
        if (candidate.Length <= Identifier.MaximumLength && !await db.Reads.AnyAsync(r => r.ReadId == candidate, cancellation).ConfigureAwait(false))
            return candidate;
        return "C-" + Guid.NewGuid().ToString("N");
    }

    private static string Date(DateOnly date) => IsoDate.Text(date);
}
