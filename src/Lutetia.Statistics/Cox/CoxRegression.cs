using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Lutetia.Domain;
using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Cox;

/// <summary>
/// The Cox proportional-hazards model (Cox 1972) fitted as R's coxph: Newton–Raphson from β = 0
/// with step halving, R's stopping rule and its checks for an infinite coefficient (monotone
/// likelihood) and a singular information matrix.
/// </summary>
public static class CoxRegression
{
    /// <summary>
    /// Fits the model; strata empty for none. Throws <see cref="CoxFitException"/> when R would warn
    /// or fail — the programmer's entry point; <see cref="TryFit"/> returns the same refusal as a value.
    /// </summary>
    public static CoxModel Fit(ReadOnlySpan<double> time, ReadOnlySpan<int> status, IReadOnlyList<CoxCovariate> covariates,
        ReadOnlySpan<string> strata = default, CoxOptions? options = null)
    {
        var fitted = TryFit(time, status, covariates, strata, options);
        return fitted.Problem is { } problem ? throw new CoxFitException(problem.Message) : fitted.Value;
    }

    /// <summary>
    /// Fits the model, or says why the data do not allow it where R would warn or fail (no event,
    /// no convergence, a singular information matrix, an infinite coefficient). Arguments that are
    /// wrong in themselves (lengths, negative times) are still programmer errors and throw.
    /// </summary>
    public static Attempt<CoxModel> TryFit(ReadOnlySpan<double> time, ReadOnlySpan<int> status, IReadOnlyList<CoxCovariate> covariates,
        ReadOnlySpan<string> strata = default, CoxOptions? options = null)
    {
        options ??= CoxOptions.Default;
        var data = CoxData.Of(time, status, covariates, strata);
        int events = 0;
        foreach (int s in data.Status) events += s;
        if (events == 0) return new DataProblem("The Cox model cannot be fitted: there is no event.", "status");
        var run = NewtonRaphson.Run(data, options);
        if (run.Problem is { } notFitted)
            return notFitted;
        var path = run.Value;
        if (InfiniteCoefficient(data, path, options) is { } infinite)
            return infinite;
        int p = data.P;
        var variance = path.Variance;
        var beta = path.Beta;
        double z975 = StandardNormal.Z975;
        var coefficients = ImmutableArray.CreateBuilder<CoxCoefficient>(p);
        for (int k = 0; k < p; k++)
        {
            double se = Math.Sqrt(variance[k * p + k]);
            double z = beta[k] / se;
            coefficients.Add(new CoxCoefficient(data.Names[k], beta[k], se, Math.Exp(beta[k]),
                Math.Exp(beta[k] - z975 * se), Math.Exp(beta[k] + z975 * se), z, StandardNormal.TwoSidedP(z)));
        }
        var wald = Cholesky.Decompose(variance, p, options.TolerChol).InverseQuadraticForm(beta);
        var score = new double[data.N];
        for (int i = 0; i < data.N; i++)
        {
            double e = 0;
            for (int k = 0; k < p; k++) e += data.X[i * p + k] * beta[k];
            score[i] = e;
        }
        return new CoxModel
        {
            Ties = options.Ties,
            N = data.N,
            Events = events,
            Coefficients = coefficients.MoveToImmutable(),
            Variance = ImmutableCollectionsMarshal.AsImmutableArray(variance),
            LogLikNull = path.LogLikNull,
            LogLik = path.LogLik,
            LikelihoodRatio = ChiSquareTest.Of(2 * (path.LogLik - path.LogLikNull), p),
            Wald = ChiSquareTest.Of(wald, p),
            Score = ChiSquareTest.Of(path.ScoreTest, p),
            Concordance = Concordance.Of(data, score),
            Iterations = path.Iterations,
        };
    }

    /// <summary>
    /// R's coxph.fit check: the log-likelihood converged while a coefficient would still move by
    /// |u·V| &gt; eps and &gt; toler.inf·|β| — the likelihood is monotone, β is infinite.
    /// </summary>
    private static DataProblem? InfiniteCoefficient(CoxData data, NewtonRaphson.Result path, CoxOptions options)
    {
        int p = data.P;
        for (int k = 0; k < p; k++)
        {
            double step = 0;
            for (int j = 0; j < p; j++) step += path.Gradient[j] * path.Variance[j * p + k];
            step = Math.Abs(step);
            if (step > options.Eps && step > options.TolerInf * Math.Abs(path.Beta[k]))
            {
                string reached = path.Beta[k].ToString("G6", CultureInfo.InvariantCulture);
                return new DataProblem(
                    $"The Cox model cannot be fitted: the likelihood keeps rising as the coefficient of '{data.Names[k]}' grows " +
                    $"(reached {reached}); '{data.Names[k]}' separates subjects with and without events, so its hazard ratio is infinite. " +
                    "Merge sparse categories or drop the covariate.", "covariates");
            }
        }
        return null;
    }
}
