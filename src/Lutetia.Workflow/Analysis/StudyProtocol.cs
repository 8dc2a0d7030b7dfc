using Lutetia.Analysis;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// The protocol the study is analysed with: the MesenLuth parameters, the published ones unless the
/// host loaded a protocol file (<see cref="ProtocolFile"/>). An input of the use cases that derive
/// endpoints (analysis, agreement, completeness, statistics exports), registered once by the host
/// (<see cref="WorkflowServices.AddLutetiaWorkflow"/> registers the published parameters when the host
/// registered none) — the database layer never picks it.
/// </summary>
public sealed record StudyProtocol(MesenLuthParameters Parameters)
{
    /// <summary>The MesenLuth protocol with the paper's published parameters.</summary>
    public static StudyProtocol Published { get; } = new(new MesenLuthParameters());
}
