namespace Lutetia.Storage.Workflow;

/// <summary>Which of the protocol's time anchors an exam of the central review queue is (mesenluth-protocol.md, "Time anchors").</summary>
public enum ReviewAnchor
{
    /// <summary>The last CT/MRI exam on or before the first dose.</summary>
    Baseline,

    /// <summary>The first CT/MRI exam after the last dose.</summary>
    Post,
}
