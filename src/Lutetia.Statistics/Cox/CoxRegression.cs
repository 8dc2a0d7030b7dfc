using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Cox;

/// <summary>
/// The Cox proportional-hazards model (Cox 1972) fitted as R's coxph: Newton–Raphson from β = 0
/// with step halving, R's stopping rule and its checks for an infinite coefficient (monotone
/// likelihood) and a singular information matrix.
/// </summary>
public static class CoxRegression
{
    /// <summary>Fits the model; strata empty for none. Throws CoxFitException when R would warn or fail.</summary>
    public static CoxModel Fit(ReadOnlySpan<double> time, ReadOnlySpan<int> status, IReadOnlyList<CoxCovariate> covariates,
        ReadOnlySpan<string> strata = default, CoxOptions? options = null)
    {
        options ??= CoxOptions.Default;
        var data = CoxData.Of(time, status, covariates, strata);
        int events = 0;
        foreach (int s in data.Status) events += s;
        if (events == 0) throw new CoxFitException("The Cox model cannot be fitted: there is no event.");
        var path = NewtonRaphson.Run(data, options);
        int p = data.P;
        var variance = path.Variance;
        var beta = path.Beta;
        CheckFinite(data, path, options);
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
            Ties = options.Ties, N = data.N, Events = events,
            Coefficients = coefficients.MoveToImmutable(),
            Variance = ImmutableCollectionsMarshal.AsImmutableArray(variance),
            LogLikNull = path.LogLikNull, LogLik = path.LogLik,
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
    private static void CheckFinite(CoxData data, NewtonRaphson.Result path, CoxOptions options)
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
                throw new CoxFitException(
                    $"The Cox model cannot be fitted: the likelihood keeps rising as the coefficient of '{data.Names[k]}' grows " +
                    $"(reached {reached}); '{data.Names[k]}' separates subjects with and without events, so its hazard ratio is infinite. " +
                    "Merge sparse categories or drop the covariate.");
            }
        }
    }
}
