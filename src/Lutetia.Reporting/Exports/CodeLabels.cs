using System.Text;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// The readable label of an enumeration code: the code in words (<c>small_intestine</c> →
/// "Small intestine"), except for the abbreviations and terms a clinician writes otherwise.
/// </summary>
internal static class CodeLabels
{
    private static readonly Dictionary<string, string> Special = new(StringComparer.Ordinal)
    {
        ["g1"] = "G1",
        ["g2"] = "G2",
        ["g3"] = "G3",
        ["i"] = "I",
        ["ii"] = "II",
        ["iiilow"] = "IIIlow",
        ["iiiup"] = "IIIup",
        ["iv"] = "IV",
        ["ct"] = "CT",
        ["mri"] = "MRI",
        ["srs_111in"] = "111In-octreotide scintigraphy (SRS)",
        ["pet_68ga"] = "68Ga-DOTATOC/DOTATATE PET",
        ["cga"] = "Chromogranin A",
        ["mm"] = "Mesenteric mass",
        ["non_mm"] = "Other than the mesenteric mass",
        ["mm_related"] = "Related to the mesenteric mass",
        ["net_not_mm"] = "NET, not the mesenteric mass",
        ["not_net"] = "Not related to the NET",
        ["mm_resection"] = "Mesenteric mass resection",
        ["mm_not_retractile"] = "Mesenteric mass not retractile",
        ["no_mesenteric_mass"] = "No mesenteric mass",
        ["mm_too_small"] = "Mesenteric mass too small",
        ["no_prrt"] = "No PRRT",
        ["non_small_intestinal"] = "Primary not small-intestinal",
        ["outside_study_period"] = "First dose outside the study period",
        ["no_post_imaging"] = "No post-PRRT imaging",
        ["prior_prrt"] = "Prior PRRT",
        ["cr"] = "Complete response (CR)",
        ["pr"] = "Partial response (PR)",
        ["sd"] = "Stable disease (SD)",
        ["pd"] = "Progressive disease (PD)",
        ["non_cr_non_pd"] = "Non-CR/non-PD",
        ["ne"] = "Not evaluable",
    };

    public static string Of(string code)
    {
        if (Special.TryGetValue(code, out var label))
            return label;
        var words = new StringBuilder(code.Length);
        foreach (var c in code)
            words.Append(c == '_' ? ' ' : c);
        if (words.Length > 0)
            words[0] = char.ToUpperInvariant(words[0]);
        return words.ToString();
    }

    public static IReadOnlyList<string> Of(IReadOnlyList<string> codes)
    {
        var labels = new string[codes.Count];
        for (var i = 0; i < labels.Length; i++)
            labels[i] = Of(codes[i]);
        return labels;
    }
}
