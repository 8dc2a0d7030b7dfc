namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// A "decreased" term of CTCAE v5.0 written in absolute values of the canonical unit: grade 1 is
/// below the LLN down to <see cref="Grade2Below"/>, grade 2 below that down to
/// <see cref="Grade3Below"/>, grade 3 below that (down to <see cref="Grade4Below"/> when the term
/// has a laboratory grade 4). "&lt;LLN - 75.0" reads: from just under the LLN down to 75.0 inclusive.
/// </summary>
public sealed record DecreaseScale(decimal Grade2Below, decimal Grade3Below, decimal? Grade4Below)
{
    /// <summary>
    /// The grade of a value against the laboratory's LLN, both in <paramref name="unit"/>. The
    /// absolute grades 2–4 apply whatever the LLN (a laboratory whose LLN is under a grade-2
    /// threshold cannot make a grade-2 value normal); grade 1 is below the LLN only.
    /// </summary>
    public int Grade(decimal value, decimal lln, LabUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (Grade4Below is { } g4 && value < unit.FromCanonical(g4))
            return 4;
        if (value < unit.FromCanonical(Grade3Below))
            return 3;
        if (value < unit.FromCanonical(Grade2Below))
            return 2;
        return value < lln ? 1 : 0;
    }

    /// <summary>The threshold the value fell under at <paramref name="grade"/>, in canonical units (null for grades 0 and 1).</summary>
    public decimal? Below(int grade) => grade switch
    {
        2 => Grade2Below,
        3 => Grade3Below,
        4 => Grade4Below,
        _ => null,
    };
}
