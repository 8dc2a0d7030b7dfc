namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// One term of the safety table: <see cref="Evaluable"/> patients (at least one value after the
/// first dose) by worst post-baseline grade 0–4, any grade (≥ 1), grade ≥ 3, and how many were
/// treatment-emergent. Percentages are of the evaluable patients, exact (rounding is the report's).
/// </summary>
public sealed record SafetyRow(CtcaeTerm Term, int Evaluable, IReadOnlyList<int> ByGrade, int AnyGrade, int GradeThreeOrMore, int TreatmentEmergent)
{
    /// <summary>Patients whose worst grade is <paramref name="grade"/> (0–4).</summary>
    public int Count(int grade) => ByGrade[grade];

    /// <summary>count / evaluable × 100, or null when no patient is evaluable.</summary>
    public decimal? Percent(int count) => Evaluable == 0 ? null : count * 100m / Evaluable;

    /// <summary>"n (%)" with the percentage to one decimal, as the safety tables of RLT studies print it.</summary>
    public string Cell(int count) =>
        Percent(count) is { } p
            ? $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({Math.Round(p, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)})"
            : "—";
}
