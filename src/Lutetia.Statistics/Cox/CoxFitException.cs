namespace Lutetia.Statistics.Cox;

/// <summary>A Cox model that cannot be fitted: no convergence, an infinite coefficient, a singular information matrix.</summary>
public sealed class CoxFitException : Exception
{
    public CoxFitException()
    {
    }

    public CoxFitException(string message)
        : base(message)
    {
    }

    public CoxFitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
