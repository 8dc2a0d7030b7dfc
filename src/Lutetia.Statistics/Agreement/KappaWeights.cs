namespace Lutetia.Statistics.Agreement;

/// <summary>The agreement weights w_ij of <see cref="KappaWeighting"/> for k ordered categories.</summary>
internal static class KappaWeights
{
    public static double[,] For(KappaWeighting weighting, int k)
    {
        var w = new double[k, k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                double distance = k == 1 ? 0 : Math.Abs(i - j) / (double)(k - 1);
                w[i, j] = weighting switch
                {
                    KappaWeighting.Unweighted => i == j ? 1 : 0,
                    KappaWeighting.Linear => 1 - distance,
                    KappaWeighting.Quadratic => 1 - distance * distance,
                    _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "Unknown kappa weighting."),
                };
            }
        return w;
    }
}
