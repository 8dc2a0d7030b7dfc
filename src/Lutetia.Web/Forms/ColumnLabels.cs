namespace Lutetia.Web.Forms;

/// <summary>
/// The heading a form shows for a column of the format: the words a physician uses, with the unit
/// (<c>ki67_percent</c> → "Ki-67 (%)"); otherwise the column's name in words. The column's own name
/// stays in the field's label for assistive technology and in every message, as in the CSV.
/// </summary>
public static class ColumnLabels
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["patient_id"] = "Patient", ["center_id"] = "Centre", ["who_grade"] = "WHO grade", ["ki67_percent"] = "Ki-67 (%)",
        ["ecog"] = "ECOG", ["prior_prrt"] = "Prior PRRT", ["mm_retractile"] = "MM retractile", ["sma_stage"] = "SMA stage",
        ["smv_proximal_infiltration"] = "SMV proximal infiltration", ["mm_progression_before_prrt"] = "MM progression before PRRT",
        ["prrt_stop_reason"] = "PRRT stop reason", ["prrt_stop_toxicity"] = "PRRT stop toxicity", ["lesion_id"] = "Lesion",
        ["read_id"] = "Read", ["mesenteric_mass"] = "Mesenteric mass", ["liver_sul_mean"] = "Liver SUL mean",
        ["liver_sul_sd"] = "Liver SUL SD", ["diameter_mm"] = "Diameter (mm)", ["non_target_status"] = "Non-target status",
        ["krenning"] = "Krenning grade", ["suv_max"] = "SUVmax", ["sul_peak"] = "SULpeak", ["activity_gbq"] = "Activity (GBq)",
        ["uln"] = "ULN", ["episodes_per_week"] = "Episodes per week",
    };

    public static string Of(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (Known.TryGetValue(column, out var label))
            return label;
        var words = column.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
