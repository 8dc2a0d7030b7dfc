namespace Lutetia.Statistics.Cox;

/// <summary>
/// A term of a Cox model as a user names it: a numeric covariate (one value per subject), or a
/// factor (one label per subject) coded as R's treatment contrasts — one 0/1 column per level but
/// the reference, which is the first level (R's order: numeric labels numerically, other labels
/// in ordinal order) unless <see cref="Reference"/> names another, as R's relevel().
/// </summary>
public sealed record CoxTerm
{
    private CoxTerm(string name, double[]? numbers, string[]? labels, string? reference)
    {
        Name = name;
        Numbers = numbers;
        Labels = labels;
        Reference = reference;
    }

    public string Name { get; }

    /// <summary>The values of a numeric term; null for a factor.</summary>
    public double[]? Numbers { get; }

    /// <summary>The labels of a factor; null for a numeric term.</summary>
    public string[]? Labels { get; }

    /// <summary>The factor's reference level; null for the first level.</summary>
    public string? Reference { get; }

    public bool IsFactor => Labels is not null;

    public static CoxTerm Numeric(string name, double[] values) => new(name, values, null, null);

    public static CoxTerm Factor(string name, string[] labels, string? reference = null) => new(name, null, labels, reference);
}
