using System.Collections.Immutable;

namespace Lutetia.Statistics.CompetingRisks;

/// <summary>
/// The cumulative incidence of one cause in one group as the corners of its step function, the
/// layout of cmprsk::cuminc: (0, 0), then for each time the cause occurs the value just before
/// and just after the jump, then the last value carried to the largest follow-up time. Lower and
/// Upper are pointwise limits on the log(−log) scale, NaN where F is 0 or 1.
/// </summary>
public sealed record CumulativeIncidenceCurve(
    string Group,
    int Cause,
    ImmutableArray<double> Time,
    ImmutableArray<double> Estimate,
    ImmutableArray<double> Variance,
    ImmutableArray<double> Lower,
    ImmutableArray<double> Upper);
