using Lutetia.Statistics.Proportions;

namespace Lutetia.Analysis;

/// <summary>A rate of results.json (mesenluth-protocol.md, "Rates"): its id, n of N, percent and exact CI.</summary>
public sealed record NamedRate(string Id, Rate Rate);
