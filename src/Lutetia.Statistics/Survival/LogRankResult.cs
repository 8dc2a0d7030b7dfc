using System.Collections.Immutable;
using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// R's survdiff: observed and expected (weighted by S(t−)^rho) per group summed over strata,
/// the variance matrix (row-major, groups × groups), and the chi-square test.
/// </summary>
public sealed record LogRankResult(
    ImmutableArray<string> Groups,
    ImmutableArray<double> Observed,
    ImmutableArray<double> Expected,
    ImmutableArray<double> Variance,
    double Rho,
    ChiSquareTest Test);
