using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Statistics.Cox;

/// <summary>
/// R's coxfit6 iteration path (survival 3.x): from β = 0, a Newton step; stop at the first
/// iterate with |1 − ll_best / ll_new| ≤ eps; when the log-likelihood falls (or is not finite),
/// step back towards the last accepted β by 1/2, then 1/3, 1/4, … until it rises again.
/// Where R stops with an error or a warning (no convergence, a singular information matrix), the
/// path ends with a <see cref="DataProblem"/> instead of a result.
/// </summary>
internal static class NewtonRaphson
{
    internal sealed record Result(double[] Beta, double[] Gradient, double[] Variance, double LogLikNull, double LogLik, double ScoreTest, int Iterations);

    public static Attempt<Result> Run(CoxData data, CoxOptions options)
    {
        int p = data.P;
        var likelihood = new CoxLikelihood(data, options.Ties);
        var beta = new double[p];
        var newBeta = new double[p];
        var u = new double[p];
        var imat = new double[p * p];
        double loglikNull = likelihood.Evaluate(beta, u, imat);
        if (Decompose(imat, p, options, data, out var chol) is { } singular)
            return singular;
        double scoreTest = chol.InverseQuadraticForm(u);
        chol.Solve(u);
        for (int k = 0; k < p; k++) newBeta[k] = beta[k] + u[k];
        double loglik = loglikNull;
        int halving = 0;
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            double newLoglik = likelihood.Evaluate(newBeta, u, imat);
            bool finite = double.IsFinite(newLoglik) && AllFinite(u) && AllFinite(imat);
            if (finite && Math.Abs(1 - loglik / newLoglik) <= options.Eps)
            {
                if (Decompose(imat, p, options, data, out var last) is { } atEnd)
                    return atEnd;
                return new Result(newBeta, u, last.Inverse(), loglikNull, newLoglik, scoreTest, iteration);
            }
            if (!finite || newLoglik < loglik)
            {
                // Not improving: step back towards the last good β, harder each time (1/2, 1/3, …).
                halving++;
                for (int k = 0; k < p; k++) newBeta[k] = (newBeta[k] + halving * beta[k]) / (halving + 1.0);
            }
            else
            {
                halving = 0;
                loglik = newLoglik;
                if (Decompose(imat, p, options, data, out var step) is { } onTheWay)
                    return onTheWay;
                step.Solve(u);
                for (int k = 0; k < p; k++)
                {
                    beta[k] = newBeta[k];
                    newBeta[k] += u[k];
                }
            }
        }
        string eps = options.Eps.ToString("G3", CultureInfo.InvariantCulture);
        return new DataProblem(string.Create(CultureInfo.InvariantCulture,
            $"The Cox model did not converge in {options.MaxIterations} Newton–Raphson iterations (log-likelihood still changing beyond a relative {eps}); ") +
            "a coefficient may be infinite or the covariates nearly collinear.", "covariates");
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
        {
            if (!double.IsFinite(v)) return false;
        }
        return true;
    }

    /// <summary>The information matrix's decomposition, or why it has none (singular: a covariate to drop).</summary>
    private static DataProblem? Decompose(double[] imat, int p, CoxOptions options, CoxData data, out Cholesky chol)
    {
        chol = Cholesky.Decompose(imat, p, options.TolerChol);
        if (chol.Rank >= p)
            return null;
        string name = data.Names[Math.Max(0, chol.FirstZeroPivot)];
        return new DataProblem($"The Cox model cannot be fitted: the information matrix is singular at covariate '{name}', " +
            "which is constant among those at risk or a linear combination of the other covariates. Drop it.", "covariates");
    }
}
