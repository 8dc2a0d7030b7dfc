using Lutetia.Domain;

namespace Lutetia.Criteria.Mesenteric;

/// <summary>The mesenteric mass's short axis at one read; null when it was not measured there.</summary>
public sealed record MmReading(ReadId Read, DateOnly Date, decimal? ShortAxisMm);
