namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// The units accepted for each term, matched without regard to case or surrounding spaces. The
/// canonical units are those of CTCAE v5.0: g/dL for haemoglobin, 10^9/L for counts, mg/dL for
/// creatinine and bilirubin, U/L for enzymes. Creatinine 1 mg/dL = 88.4 µmol/L (KDIGO 2012);
/// bilirubin 1 mg/dL = 17.1 µmol/L; enzymes 1 µkat/L = 60 U/L. Any other unit is refused.
/// </summary>
public static class LabUnits
{
    private static readonly LabUnit[] Haemoglobin =
        [new("g/dL", 1, 1), new("g/L", 1, 10)];

    private static readonly LabUnit[] Counts =
        [new("10^9/L", 1, 1), new("G/L", 1, 1), new("10^3/µL", 1, 1), new("10^3/uL", 1, 1),
         new("/mm³", 1, 1000), new("/mm3", 1, 1000), new("/µL", 1, 1000), new("/uL", 1, 1000)];

    private static readonly LabUnit[] Creatinine =
        [new("mg/dL", 1, 1), new("µmol/L", 10, 884), new("umol/L", 10, 884)];

    private static readonly LabUnit[] Bilirubin =
        [new("mg/dL", 1, 1), new("µmol/L", 10, 171), new("umol/L", 10, 171)];

    private static readonly LabUnit[] Enzymes =
        [new("U/L", 1, 1), new("IU/L", 1, 1), new("µkat/L", 60, 1), new("ukat/L", 60, 1)];

    /// <summary>The units a term accepts, canonical first.</summary>
    public static IReadOnlyList<LabUnit> For(CtcaeTerm term) => term switch
    {
        CtcaeTerm.Anemia => Haemoglobin,
        CtcaeTerm.PlateletCountDecreased or CtcaeTerm.NeutrophilCountDecreased
            or CtcaeTerm.WhiteBloodCellDecreased or CtcaeTerm.LymphocyteCountDecreased => Counts,
        CtcaeTerm.CreatinineIncreased => Creatinine,
        CtcaeTerm.BloodBilirubinIncreased => Bilirubin,
        _ => Enzymes,
    };

    /// <summary>The unit named <paramref name="recorded"/> for the term, or null when it is not accepted.</summary>
    public static LabUnit? Find(CtcaeTerm term, string? recorded)
    {
        if (recorded is null)
            return null;
        var name = recorded.Trim();
        foreach (var unit in For(term))
        {
            if (string.Equals(unit.Name, name, StringComparison.OrdinalIgnoreCase))
                return unit;
        }
        return null;
    }

    /// <summary>The accepted unit names of a term, for a hint: "g/dL, g/L".</summary>
    public static string Accepted(CtcaeTerm term)
    {
        var names = new List<string>();
        foreach (var unit in For(term))
            names.Add(unit.Name);
        return string.Join(", ", names);
    }
}
