namespace Lutetia.Statistics.Cox;

/// <summary>
/// LDLᵀ decomposition of a symmetric positive (semi)definite matrix with survival's rank rule
/// (cholesky2: a pivot below toler × the largest diagonal counts as zero), solve and inverse.
/// The matrix is a dense row-major p×p array; only the lower triangle is used after Decompose.
/// </summary>
internal sealed class Cholesky
{
    private readonly double[] _m;
    private readonly int _p;

    private Cholesky(double[] m, int p, int rank)
    {
        _m = m;
        _p = p;
        Rank = rank;
    }

    /// <summary>The number of non-zero pivots; Rank &lt; p means singular.</summary>
    public int Rank { get; }

    /// <summary>The first column whose pivot was zero, or −1.</summary>
    public int FirstZeroPivot
    {
        get
        {
            for (int i = 0; i < _p; i++)
            {
                if (_m[i * _p + i] == 0) return i;
            }
            return -1;
        }
    }

    /// <summary>Decomposes a copy of the symmetric matrix a (p×p).</summary>
    public static Cholesky Decompose(ReadOnlySpan<double> a, int p, double toler)
    {
        var m = a.ToArray();
        double eps = 0;
        for (int i = 0; i < p; i++)
        {
            if (m[i * p + i] > eps) eps = m[i * p + i];
            for (int j = i + 1; j < p; j++) m[j * p + i] = m[i * p + j];
        }
        eps *= toler;
        int rank = 0;
        for (int i = 0; i < p; i++)
        {
            double pivot = m[i * p + i];
            if (!(pivot >= eps) || pivot == 0)
            {
                m[i * p + i] = 0;
                continue;
            }
            rank++;
            for (int j = i + 1; j < p; j++)
            {
                double temp = m[j * p + i] / pivot;
                m[j * p + i] = temp;
                m[j * p + j] -= temp * temp * pivot;
                for (int k = j + 1; k < p; k++) m[k * p + j] -= temp * m[k * p + i];
            }
        }
        return new Cholesky(m, p, rank);
    }

    /// <summary>Solves A x = b in place (components on zero pivots set to 0, as chsolve2).</summary>
    public void Solve(Span<double> b)
    {
        int p = _p;
        for (int i = 0; i < p; i++)
        {
            double temp = b[i];
            for (int j = 0; j < i; j++) temp -= b[j] * _m[i * p + j];
            b[i] = temp;
        }
        for (int i = p - 1; i >= 0; i--)
        {
            double pivot = _m[i * p + i];
            if (pivot == 0) { b[i] = 0; continue; }
            double temp = b[i] / pivot;
            for (int j = i + 1; j < p; j++) temp -= b[j] * _m[j * p + i];
            b[i] = temp;
        }
    }

    /// <summary>The inverse A⁻¹ as a dense row-major array (by solving for each unit vector).</summary>
    public double[] Inverse()
    {
        int p = _p;
        var inv = new double[p * p];
        var col = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(col);
            col[c] = 1;
            Solve(col);
            for (int r = 0; r < p; r++) inv[r * p + c] = col[r];
        }
        return inv;
    }

    /// <summary>The quadratic form bᵀ A⁻¹ b.</summary>
    public double InverseQuadraticForm(ReadOnlySpan<double> b)
    {
        var x = b.ToArray();
        Solve(x);
        double q = 0;
        for (int i = 0; i < x.Length; i++) q += x[i] * b[i];
        return q;
    }
}
