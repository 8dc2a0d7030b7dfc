using System.Text.RegularExpressions;

namespace Lutetia.Web.Forms;

/// <summary>
/// The heading a form shows for a column of the format: the words a physician uses, with the unit
/// (<c>ki67_percent</c> → "Ki-67 (%)"); otherwise the column's name in words. A form's field
/// messages say the label too (<see cref="InWords"/>): "Prior PRRT is required and is empty. Fix:
/// enter a value for Prior PRRT", not the code the CSV and <c>lutetia validate</c> use.
/// </summary>
public static class ColumnLabels
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["patient_id"] = "Patient",
        ["center_id"] = "Centre",
        ["who_grade"] = "WHO grade",
        ["ki67_percent"] = "Ki-67 (%)",
        ["ecog"] = "ECOG",
        ["prior_prrt"] = "Prior PRRT",
        ["mm_retractile"] = "MM retractile",
        ["sma_stage"] = "SMA stage",
        ["smv_proximal_infiltration"] = "SMV proximal infiltration",
        ["mm_progression_before_prrt"] = "MM progression before PRRT",
        ["prrt_stop_reason"] = "PRRT stop reason",
        ["prrt_stop_toxicity"] = "PRRT stop toxicity",
        ["lesion_id"] = "Lesion",
        ["read_id"] = "Read",
        ["mesenteric_mass"] = "Mesenteric mass",
        ["liver_sul_mean"] = "Liver SUL mean",
        ["liver_sul_sd"] = "Liver SUL SD",
        ["diameter_mm"] = "Diameter (mm)",
        ["non_target_status"] = "Non-target status",
        ["krenning"] = "Krenning grade",
        ["suv_max"] = "SUVmax",
        ["sul_peak"] = "SULpeak",
        ["activity_gbq"] = "Activity (GBq)",
        ["uln"] = "ULN",
        ["episodes_per_week"] = "Episodes per week",
    };

    public static string Of(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (Known.TryGetValue(column, out var label))
            return label;
        var words = column.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// A message with each of these columns' codes, as whole words, replaced by its label — the codes
    /// that are not plain words (<c>prior_prrt</c>, <c>ecog</c>); <c>date</c> or <c>value</c> read as words already.
    /// </summary>
    public static string InWords(string message, IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var column in columns.Where(c => c.Contains('_', StringComparison.Ordinal) || Known.ContainsKey(c)).OrderByDescending(c => c.Length))
            message = Regex.Replace(message, $@"\b{Regex.Escape(column)}\b", Of(column), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return message;
    }
}
