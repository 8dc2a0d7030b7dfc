using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// Which superior mesenteric artery stages make the mesenteric mass unresectable (Lardière-Deguelte
/// classification; mesenluth-protocol.md, "Resectability"). Default: stage IIIup and IV.
/// </summary>
public sealed record ResectabilityParameters
{
    public IReadOnlyList<SmaStage> UnresectableSmaStages { get; init; } = [SmaStage.IIIUp, SmaStage.IV];

    public static ResectabilityParameters Published { get; } = new();
}
