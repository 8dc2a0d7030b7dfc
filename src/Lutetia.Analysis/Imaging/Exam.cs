using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// One imaging study: one patient, one date, one modality, with its local read, its central read,
/// or both (mesenluth-protocol.md, "Time anchors").
/// </summary>
public sealed record Exam(DateOnly Date, Modality Modality, Read? Local, Read? Central)
{
    /// <summary>The read that represents the exam under a reader policy; null when the policy's reader did not read it.</summary>
    public Read? Representative(ReaderPolicy policy) => policy switch
    {
        ReaderPolicy.CentralFirst => Central ?? Local,
        ReaderPolicy.Local => Local,
        _ => Central,
    };

    public bool IsMorphologic => Modality is Modality.Ct or Modality.Mri;
}
