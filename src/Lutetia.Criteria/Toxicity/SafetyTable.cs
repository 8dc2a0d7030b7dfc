namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// The study's laboratory safety table: per term, the evaluable patients by worst post-baseline
/// CTCAE grade, n (%), and grade ≥ 3, as RLT outcome studies report haematological and renal
/// toxicity. Rows follow the order of <see cref="CtcaeTerm"/>; a term without any patient is left out.
/// </summary>
public static class SafetyTable
{
    public const int SevereGrade = 3;

    /// <summary>
    /// Builds the table; throws <see cref="ArgumentException"/> when a patient appears twice for a
    /// term (a caller's bug: one <see cref="PatientToxicity"/> per patient and term).
    /// </summary>
    public static IReadOnlyList<SafetyRow> Build(IEnumerable<PatientToxicity> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var terms = Enum.GetValues<CtcaeTerm>();
        var counts = new int[terms.Length][];
        var seen = new HashSet<(CtcaeTerm, string)>();
        var present = new bool[terms.Length];
        var emergent = new int[terms.Length];
        foreach (var t in patients)
        {
            if (!seen.Add((t.Term, t.Patient)))
                throw new ArgumentException($"Patient {t.Patient} appears twice for {t.Term}: pass one result per patient and term.", nameof(patients));
            var k = (int)t.Term;
            present[k] = true;
            counts[k] ??= new int[5];
            if (t.WorstGrade is { } g)
                counts[k][g]++;
            if (t.TreatmentEmergent)
                emergent[k]++;
        }
        var rows = new List<SafetyRow>();
        for (var k = 0; k < terms.Length; k++)
        {
            if (present[k])
                rows.Add(Row(terms[k], counts[k], emergent[k]));
        }
        return rows;
    }

    private static SafetyRow Row(CtcaeTerm term, int[] byGrade, int emergent)
    {
        var evaluable = 0;
        var any = 0;
        var severe = 0;
        for (var g = 0; g < byGrade.Length; g++)
        {
            evaluable += byGrade[g];
            if (g >= 1)
                any += byGrade[g];
            if (g >= SevereGrade)
                severe += byGrade[g];
        }
        return new SafetyRow(term, evaluable, byGrade, any, severe, emergent);
    }
}
