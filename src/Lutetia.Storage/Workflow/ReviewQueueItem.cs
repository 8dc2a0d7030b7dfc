using Lutetia.Domain;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// An exam waiting for its central read: the patient, centre, date, modality, which anchor it is,
/// and the lesions to measure. Blinded: nothing of the local read (no measurement, no read
/// identifier) is in it; the local measurements come back only with <see cref="CentralReadResult"/>.
/// </summary>
public sealed record ReviewQueueItem(
    string PatientId,
    string CenterId,
    DateOnly ExamDate,
    Modality Modality,
    ReviewAnchor Anchor,
    IReadOnlyList<ReviewLesion> Lesions);
