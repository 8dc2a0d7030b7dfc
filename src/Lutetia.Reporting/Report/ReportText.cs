using System.Globalization;
using Lutetia.Analysis;
using Lutetia.Criteria;

namespace Lutetia.Reporting.Report;

/// <summary>How the human report words and rounds things: percent to whole numbers as the paper, months to one decimal.</summary>
public static class ReportText
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["women"] = "Women",
        ["age_years"] = "Age at first PRRT (years), median (range)",
        ["ki67_percent"] = "Ki-67 (%), median (range)",
        ["primary_site"] = "Primary tumour",
        ["who_grade"] = "WHO grade",
        ["other_metastatic_sites"] = "Other metastatic sites",
        ["metastatic_site"] = "Metastatic site",
        ["sma_stage"] = "SMA stage (Lardière-Deguelte)",
        ["smv_proximal_infiltration"] = "Proximal SMV infiltration",
        ["severe_mesenteric_fibrosis"] = "Severe mesenteric fibrosis",
        ["resectability"] = "MM resectability",
        ["prior_treatment"] = "Prior treatment",
        ["ecog"] = "ECOG performance status",
        ["carcinoid_syndrome"] = "Carcinoid syndrome",
        ["carcinoid_heart_disease"] = "Carcinoid heart disease",
        ["mm_symptoms"] = "MM-related symptoms",
        ["mm_symptom"] = "MM-related symptom",
        ["mm_krenning"] = "MM Krenning grade (baseline SRI)",
        ["mm_progression_before_prrt"] = "MM progression before PRRT",
        ["cga_elevated"] = "Chromogranin A > 2 × ULN",
        ["cycles"] = "PRRT cycles",
        ["dose"] = "Dose",
        ["stop_reason"] = "PRRT stopped for",
        ["stop_toxicity"] = "Toxicity leading to discontinuation",
        ["complication_during_prrt"] = "GI complication during PRRT",
        ["complication_3_to_6_months"] = "GI complication 3 to 6 months after PRRT",
        ["complication_long_term"] = "Long-term GI complication (≥ 6 months)",
        ["corticosteroids"] = "Complication during PRRT treated with corticosteroids",
        ["death_cause"] = "Death",
        ["g1"] = "G1",
        ["g2"] = "G2",
        ["g3"] = "G3",
        ["i"] = "I",
        ["ii"] = "II",
        ["iiilow"] = "IIIlow",
        ["iiiup"] = "IIIup",
        ["iv"] = "IV",
        ["0_1"] = "0–1",
        ["2_or_more"] = "≥ 2",
        ["5_or_more"] = "≥ 5",
        ["mm_related"] = "MM-related",
        ["net_not_mm"] = "NET, not MM-related",
        ["not_net"] = "Not NET-related",
    };

    /// <summary>The label of a table row id: <c>who_grade.g1</c> → ("WHO grade", "G1").</summary>
    public static (string Group, string? Item) Label(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
            return (Word(id), null);
        return (Word(id[..dot]), Word(id[(dot + 1)..]));
    }

    public static string Word(string code) =>
        Words.TryGetValue(code, out var word) ? word : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ');

    public static string Reason(ExclusionReason reason) => reason switch
    {
        ExclusionReason.NonSmallIntestinal => "Primary not small-intestinal",
        ExclusionReason.PoorlyDifferentiated => "Poorly differentiated",
        ExclusionReason.PriorPrrt => "Prior PRRT",
        ExclusionReason.NoPrrt => "No PRRT cycle",
        ExclusionReason.OutsideStudyPeriod => "First dose outside the study period",
        ExclusionReason.NoMesentericMass => "No mesenteric mass",
        ExclusionReason.MmNotRetractile => "MM not retractile",
        ExclusionReason.NoBaselineImaging => "No baseline CT/MRI",
        ExclusionReason.MmTooSmall => "MM < 20 mm or not measured at baseline",
        _ => "No post-PRRT CT/MRI",
    };

    /// <summary>Percent rounded to a whole number, as the paper prints it.</summary>
    public static string Percent(double? percent) =>
        percent is { } p ? Math.Round(p, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) : "–";

    /// <summary>"24 (46 %)"</summary>
    public static string Count(int n, int of) => of == 0 ? $"{n}" : $"{n} ({Percent(100.0 * n / of)} %)";

    /// <summary>Months (or any measure) to one decimal.</summary>
    public static string OneDecimal(double? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "not reached";

    /// <summary>The confidence level of the intervals the analysis computed, in percent: "95" for the default 0.95.</summary>
    public static string ConfidencePercent(StudyResults results) => Number(results.Parameters.ConfidenceLevel * 100);

    /// <summary>A number as short as it is exact: 70, 2.5.</summary>
    public static string Number(double? value) =>
        value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : "–";
}
