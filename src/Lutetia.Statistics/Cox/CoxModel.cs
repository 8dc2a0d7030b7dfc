using System.Collections.Immutable;
using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Cox;

/// <summary>A fitted Cox model: what R's coxph and summary(coxph) report (cox.json).</summary>
public sealed record CoxModel
{
    public required CoxTies Ties { get; init; }
    public required int N { get; init; }
    public required int Events { get; init; }
    public required ImmutableArray<CoxCoefficient> Coefficients { get; init; }

    /// <summary>The variance matrix of β (row-major p×p), the inverse information at the estimate.</summary>
    public required ImmutableArray<double> Variance { get; init; }

    /// <summary>The log partial likelihood at β = 0.</summary>
    public required double LogLikNull { get; init; }

    /// <summary>The log partial likelihood at the estimate.</summary>
    public required double LogLik { get; init; }

    public required ChiSquareTest LikelihoodRatio { get; init; }
    public required ChiSquareTest Wald { get; init; }

    /// <summary>The score (log-rank) test at β = 0.</summary>
    public required ChiSquareTest Score { get; init; }

    /// <summary>Harrell's C as R's coxph: (concordant + tied_x / 2) / (concordant + discordant + tied_x).</summary>
    public required double Concordance { get; init; }

    /// <summary>The Newton–Raphson iterations R's stopping rule needed.</summary>
    public required int Iterations { get; init; }
}
