namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// An "increased" term of CTCAE v5.0 written as multiples of a reference (the ULN, or the baseline
/// value when the baseline was abnormal): grade g when the value is above
/// <c>multiple(g) × reference</c>. Grade 1 may be inclusive where v5 writes no "&gt;", e.g. AST
/// "1.5 - 3.0 x baseline if baseline was abnormal". A null multiple means the grade has no
/// criterion on this scale (creatinine has no grade 1 and no grade 4 against the baseline).
/// </summary>
public sealed record IncreaseScale(decimal? Grade1, bool Grade1Inclusive, decimal? Grade2, decimal? Grade3, decimal? Grade4)
{
    /// <summary>The scale "&gt;ULN - a × ULN; &gt;a - b × ULN; &gt;b - c × ULN; &gt;c × ULN".</summary>
    public static IncreaseScale AboveUln(decimal grade2, decimal grade3, decimal grade4) => new(1m, false, grade2, grade3, grade4);

    /// <summary>The grade of a value against a reference in the same unit (exact decimal products, no division).</summary>
    public int Grade(decimal value, decimal reference)
    {
        if (Grade4 is { } g4 && value > g4 * reference)
            return 4;
        if (Grade3 is { } g3 && value > g3 * reference)
            return 3;
        if (Grade2 is { } g2 && value > g2 * reference)
            return 2;
        if (Grade1 is { } g1 && (Grade1Inclusive ? value >= g1 * reference : value > g1 * reference))
            return 1;
        return 0;
    }

    /// <summary>The multiple the value exceeded at <paramref name="grade"/> (null for grade 0 or a grade without criterion).</summary>
    public decimal? Multiple(int grade) => grade switch
    {
        1 => Grade1,
        2 => Grade2,
        3 => Grade3,
        4 => Grade4,
        _ => null,
    };
}
