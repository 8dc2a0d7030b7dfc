namespace Lutetia.Statistics.Descriptive;

/// <summary>
/// A continuous variable summarised as a table row prints it: n, mean (SD), median (range) and
/// quartiles (R type 7). Missing values are counted apart and excluded from every figure; the
/// figures are null when no value is known (and <see cref="StandardDeviation"/> when only one is).
/// </summary>
/// <param name="N">Values known.</param>
/// <param name="Missing">Values missing (NaN).</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StandardDeviation">Sample standard deviation, divisor n − 1 (R's <c>sd</c>).</param>
/// <param name="Minimum">Smallest value.</param>
/// <param name="LowerQuartile">25th percentile, R type 7.</param>
/// <param name="Median">Median.</param>
/// <param name="UpperQuartile">75th percentile, R type 7.</param>
/// <param name="Maximum">Largest value.</param>
public sealed record ContinuousSummary(
    int N,
    int Missing,
    double? Mean,
    double? StandardDeviation,
    double? Minimum,
    double? LowerQuartile,
    double? Median,
    double? UpperQuartile,
    double? Maximum);
