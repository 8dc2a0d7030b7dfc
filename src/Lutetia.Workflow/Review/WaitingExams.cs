using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Storage.Workflow;

namespace Lutetia.Workflow.Review;

/// <summary>
/// The exams waiting for a central read (docs/workflow.md, Central review): the baseline and post-PRRT CT/MRI exams of the
/// included patients that have a local read and no central read yet, found as the analysis finds
/// them (<see cref="EndpointDerivation"/> and <see cref="PatientImaging"/>, the MesenLuth protocol
/// with its published parameters). A pure function of the cohort: the review use cases ask it, and
/// so does the blinding (a reviewer sees no read of a patient who has one waiting).
/// </summary>
public static class WaitingExams
{
    private static readonly MesenLuthParameters Protocol = new();

    /// <summary>Each waiting exam, by centre order of the cohort, patient and anchor, with the local read it is compared with once read.</summary>
    public static IEnumerable<(ReviewQueueItem Item, Read Local)> Of(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
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

    /// <summary>
    /// The patients with an exam still waiting for its central read: what the blinding hides from a
    /// reviewer (docs/security.md, "Blinding and confidentiality").
    /// </summary>
    public static IReadOnlySet<string> Patients(Cohort cohort) => Of(cohort).Select(w => w.Item.PatientId).ToHashSet(StringComparer.Ordinal);
}
