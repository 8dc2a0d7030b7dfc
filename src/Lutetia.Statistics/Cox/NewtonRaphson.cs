using System.Globalization;

namespace Lutetia.Statistics.Cox;

/// <summary>
/// R's coxfit6 iteration path: from β = 0, a Newton step; when the log-likelihood falls, halve
/// the step back towards the last accepted β; stop at the first iterate with
/// |1 − ll_old / ll_new| ≤ eps reached without halving.
/// </summary>
internal static class NewtonRaphson
{
    internal sealed record Result(double[] Beta, double[] Gradient, double[] Variance, double LogLikNull, double LogLik, double ScoreTest, int Iterations);

    public static Result Run(CoxData data, CoxOptions options)
    {
        int p = data.P;
        var likelihood = new CoxLikelihood(data, options.Ties);
        var beta = new double[p];
        var newBeta = new double[p];
        var u = new double[p];
        var imat = new double[p * p];
        double loglikNull = likelihood.Evaluate(beta, u, imat);
        var chol = Decompose(imat, p, options, data);
        double scoreTest = chol.InverseQuadraticForm(u);
        chol.Solve(u);
        for (int k = 0; k < p; k++) newBeta[k] = beta[k] + u[k];
        double loglik = loglikNull;
        bool halving = false;
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            double newLoglik = likelihood.Evaluate(newBeta, u, imat);
            chol = Decompose(imat, p, options, data);
            if (Math.Abs(1 - loglik / newLoglik) <= options.Eps && !halving)
                return new Result(newBeta, u, chol.Inverse(), loglikNull, newLoglik, scoreTest, iteration);
            if (iteration == options.MaxIterations) break;
            if (newLoglik < loglik || double.IsNaN(newLoglik))
            {
                halving = true;
                for (int k = 0; k < p; k++) newBeta[k] = (newBeta[k] + beta[k]) / 2;
            }
            else
            {
                halving = false;
                loglik = newLoglik;
                chol.Solve(u);
                for (int k = 0; k < p; k++)
                {
                    beta[k] = newBeta[k];
                    newBeta[k] += u[k];
                }
            }
        }
        string eps = options.Eps.ToString("G3", CultureInfo.InvariantCulture);
        throw new CoxFitException(string.Create(CultureInfo.InvariantCulture,
            $"The Cox model did not converge in {options.MaxIterations} Newton–Raphson iterations (log-likelihood still changing beyond a relative {eps}); ") +
            "a coefficient may be infinite or the covariates nearly collinear.");
    }

    private static Cholesky Decompose(double[] imat, int p, CoxOptions options, CoxData data)
    {
        var chol = Cholesky.Decompose(imat, p, options.TolerChol);
        if (chol.Rank < p)
        {
            string name = data.Names[Math.Max(0, chol.FirstZeroPivot)];
            throw new CoxFitException($"The Cox model cannot be fitted: the information matrix is singular at covariate '{name}', " +
                "which is constant among those at risk or a linear combination of the other covariates. Drop it.");
        }
        return chol;
    }
}
