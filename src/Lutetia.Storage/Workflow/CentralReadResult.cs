using Lutetia.Domain;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// A submitted central read, and — now that it is stored and the reader is no longer blinded —
/// the local read of the same exam, for comparison.
/// </summary>
public sealed record CentralReadResult(
    string ReadId,
    string PatientId,
    DateOnly ExamDate,
    Modality Modality,
    IReadOnlyList<LesionReading> Central,
    string LocalReadId,
    IReadOnlyList<LesionReading> Local);
