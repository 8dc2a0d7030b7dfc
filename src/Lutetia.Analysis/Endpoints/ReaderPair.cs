using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;

namespace Lutetia.Analysis;

/// <summary>
/// The responses derived from the local reads alone and from the central reads alone of the same
/// exams (mesenluth-protocol.md, "Agreement"); the non-MM pair is null without non-MM lesions.
/// </summary>
public sealed record ReaderPair(MmResponse MmLocal, MmResponse MmCentral, OverallResponse? NonMmLocal, OverallResponse? NonMmCentral);
