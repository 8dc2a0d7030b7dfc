using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>One read of a series with what it saw of each lesion of the series (at most one row per lesion).</summary>
public sealed record SeriesRead(Read Read, IReadOnlyList<Measurement> Measurements)
{
    public ReadId Id => Read.Id;
    public DateOnly Date => Read.ExamDate;
}
