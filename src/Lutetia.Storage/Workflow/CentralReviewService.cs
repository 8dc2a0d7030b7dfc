using System.Globalization;
using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Intake;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// The central review (issue 8): the baseline and post-PRRT CT/MRI exams of the included patients
/// of every centre that have a local read and no central read yet, found as the analysis finds
/// them (<see cref="EndpointDerivation"/> and <see cref="PatientImaging"/>, the MesenLuth protocol
/// with its published parameters); the reviewer enters the measurements blinded to the local read,
/// stored as the exam's <c>central</c> read.
/// </summary>
public sealed class CentralReviewService(LutetiaDbContext db)
{
    private static readonly MesenLuthParameters Protocol = new();

    /// <summary>The exams waiting for a central read, across centres, by centre, patient and date.</summary>
    public IReadOnlyList<ReviewQueueItem> Queue(LutetiaUser user)
    {
        WorkflowAccess.Require(user, "see the central review queue", LutetiaRole.Reviewer, LutetiaRole.Coordinator);
        return Waiting(CohortStore.Export(db)).Select(w => w.Item).ToList();
    }

    /// <summary>
    /// The patients (of one centre, or of all) with an exam still waiting for its central read: what
    /// the blinding hides from a reviewer (docs/security.md, "Blinding and confidentiality"). No role
    /// check: it is the access layer's question, answered the same way as <see cref="Queue"/>.
    /// </summary>
    public IReadOnlySet<string> PatientsWaiting(string? centerId = null) =>
        Waiting(CohortStore.Export(db, centerId)).Select(w => w.Item.PatientId).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Stores the reviewer's reading of a waiting exam as its <c>central</c> read with its
    /// measurements (one per lesion at most), then returns it with the local read for comparison.
    /// </summary>
    public CentralReadResult Submit(LutetiaUser user, string patientId, DateOnly examDate, Modality modality, IReadOnlyList<LesionReading> readings)
    {
        WorkflowAccess.Require(user, "enter a central read", LutetiaRole.Reviewer);
        ArgumentNullException.ThrowIfNull(readings);
        var center = CohortRecords.Patient(db, patientId).CenterId;
        var exam = Waiting(CohortStore.Export(db, center))
            .FirstOrDefault(w => w.Item.PatientId == patientId && w.Item.ExamDate == examDate && w.Item.Modality == modality);
        if (exam.Item is null)
            throw new WorkflowStateException(
                $"the {Codes<Modality>.ToCode(modality)} exam of patient {patientId} on {examDate:yyyy-MM-dd} is not waiting for a central read " +
                "(it is not the baseline or post-PRRT exam of an included patient, or it has its central read already); nothing was saved");
        Check(exam.Item, readings);

        var readId = NewReadId(exam.Local.Id.Value);
        var rows = new List<object>
        {
            new ReadRow { ReadId = readId, PatientId = patientId, ExamDate = examDate, Modality = modality, Reader = Reader.Central },
        };
        rows.AddRange(readings.Select(r => new MeasurementRow
        {
            ReadId = readId, LesionId = r.LesionId, PatientId = patientId, DiameterMm = r.DiameterMm,
            TooSmallToMeasure = r.TooSmallToMeasure, NonTargetStatus = r.NonTargetStatus,
        }));
        if (!WorkflowSave.TrySave(db, user, $"central read of the {Codes<ReviewAnchor>.ToCode(exam.Item.Anchor)} exam", [.. rows]))
            throw new WorkflowStateException($"the exam of patient {patientId} on {examDate:yyyy-MM-dd} was read centrally by someone else a moment ago; nothing was saved");
        var local = db.Measurements.AsNoTracking().Where(m => m.ReadId == exam.Local.Id.Value).OrderBy(m => m.Sequence).AsEnumerable()
            .Select(m => new LesionReading(m.LesionId, m.DiameterMm, m.TooSmallToMeasure, m.NonTargetStatus)).ToList();
        return new CentralReadResult(readId, patientId, examDate, modality, [.. readings], exam.Local.Id.Value, local);
    }

    private static IEnumerable<(ReviewQueueItem Item, Read Local)> Waiting(Cohort cohort)
    {
        var centers = cohort.Patients.ToDictionary(p => p.Id, p => p.Center.Value);
        foreach (var record in cohort.PatientRecords())
        {
            var endpoints = EndpointDerivation.Derive(record, Protocol);
            if (!endpoints.Included || endpoints.Imaging is not { } imaging)
                continue;
            foreach (var (exam, anchor) in new (Exam?, ReviewAnchor)[] { (imaging.Baseline, ReviewAnchor.Baseline), (imaging.Post, ReviewAnchor.Post) })
            {
                if (exam is not { Local: { } local, Central: null })
                    continue;
                var lesions = record.Lesions
                    .Where(l => anchor == ReviewAnchor.Post || l.Role != LesionRole.New)
                    .Select(l => new ReviewLesion(l.Id.Value, l.Site, l.IsNodal, l.IsMesentericMass, l.Role)).ToList();
                yield return (new ReviewQueueItem(record.Patient.Id.Value, centers[record.Patient.Id], exam.Date, exam.Modality, anchor, lesions), local);
            }
        }
    }

    /// <summary>Each reading names a lesion of the exam's list, once, with values the format accepts (the cell rules of measurements.csv).</summary>
    private static void Check(ReviewQueueItem item, IReadOnlyList<LesionReading> readings)
    {
        var table = CohortFormat.Table("measurements")!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in readings)
        {
            if (!item.Lesions.Any(l => l.LesionId == r.LesionId))
                throw new ArgumentException(
                    $"lesion {r.LesionId} is not one of patient {item.PatientId}'s lesions to read ({string.Join(", ", item.Lesions.Select(l => l.LesionId))})",
                    nameof(readings));
            if (!seen.Add(r.LesionId))
                throw new ArgumentException($"lesion {r.LesionId} is read twice; give one reading per lesion", nameof(readings));
            if (r.DiameterMm is { } d && table.Column("diameter_mm")!.Check(d.ToString(CultureInfo.InvariantCulture)) is { } issue)
                throw new ArgumentException($"lesion {r.LesionId}, diameter_mm {d.ToString(CultureInfo.InvariantCulture)}: {issue.Message} ({issue.Hint})", nameof(readings));
        }
    }

    /// <summary>The local read's identifier with <c>-C</c>, or a new unique one when that is taken or too long.</summary>
    private string NewReadId(string localReadId)
    {
        var candidate = localReadId + "-C";
        if (candidate.Length <= Identifier.MaximumLength && !db.Reads.Any(r => r.ReadId == candidate))
            return candidate;
        return "C-" + Guid.NewGuid().ToString("N");
    }
}
