using System.Collections.Immutable;

namespace Lutetia.Statistics.CompetingRisks;

/// <summary>Curves per cause then group (cuminc's order) and, with two groups or more, Gray's test per cause.</summary>
public sealed record CumulativeIncidenceResult(ImmutableArray<CumulativeIncidenceCurve> Curves, ImmutableArray<GrayTest> Tests);
