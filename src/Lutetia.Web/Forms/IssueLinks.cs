using Lutetia.Workflow.DataQuality;
using Lutetia.Workflow.Patients;

namespace Lutetia.Web.Forms;

/// <summary>
/// How a page names and links an open issue of a patient: the page of the form that shows its field,
/// the field's input (<c>#f-{table}-{row}-{column}</c>, the id every form input carries) or the
/// table's section (<c>#t-{table}</c>) when the issue names no field, and where it is in words
/// ("PRRT cycles, cycle 3, Date") — never a code.
/// </summary>
public static class IssueLinks
{
    private static readonly Dictionary<string, string> PageOfForm = new(StringComparer.Ordinal)
    {
        [CrfForm.Tumour.Name] = "",
        [CrfForm.MetastaticSites.Name] = "",
        [CrfForm.PriorTreatments.Name] = "",
        [CrfForm.PrrtCycles.Name] = "/cycles",
        [CrfForm.EndOfPrrt.Name] = "/cycles",
        [CrfForm.Lesions.Name] = "/imaging",
        [CrfForm.Reads.Name] = "/imaging",
        [CrfForm.Symptoms.Name] = "/clinical",
        [CrfForm.Labs.Name] = "/clinical",
        [CrfForm.Complications.Name] = "/clinical",
        [CrfForm.VitalStatus.Name] = "/follow-up",
        [CrfForm.Progression.Name] = "/follow-up",
    };

    private static readonly Dictionary<string, string> TableWords = new(StringComparer.Ordinal)
    {
        ["patients"] = "Patient",
        ["metastatic_sites"] = "Metastatic sites",
        ["prior_treatments"] = "Prior treatments",
        ["prrt_cycles"] = "PRRT cycles",
        ["lesions"] = "Lesions",
        ["reads"] = "Reads",
        ["measurements"] = "Lesion measurements",
        ["symptoms"] = "Symptoms",
        ["labs"] = "Laboratory values",
        ["complications"] = "Complications",
        ["progression"] = "Progression",
    };

    private static readonly Dictionary<string, string> RowNoun = new(StringComparer.Ordinal)
    {
        ["metastatic_sites"] = "site",
        ["prior_treatments"] = "treatment",
        ["prrt_cycles"] = "cycle",
        ["lesions"] = "lesion",
    };

    /// <summary>The page of the patient that shows the issue's field, with its anchor.</summary>
    public static string Href(string patientId, PlacedIssue placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        return $"/patients/{Uri.EscapeDataString(patientId)}{PagePath(placed)}{Anchor(placed)}";
    }

    /// <summary>The page's path below <c>/patients/{id}</c>: "" for the patient form, <c>/cycles</c>, <c>/reads/R1</c>…</summary>
    public static string PagePath(PlacedIssue placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        if (placed.ReadId is { } read)
            return "/reads/" + Uri.EscapeDataString(read);
        return placed.Form is { } form ? PageOfForm.GetValueOrDefault(form, "") : "";
    }

    /// <summary>The id of the field's input, or null when the issue names no stored row or no field.</summary>
    public static string? FieldId(PlacedIssue placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        // The input's id names the row by its record key (FieldIds.Row), as every form writes it.
        return placed is { Row: not null, Issue: { Field: { } field, RecordKey: { } record } } ? FieldIds.Field(placed.Issue.Table, FieldIds.Row(record), field) : null;
    }

    private static string Anchor(PlacedIssue placed) => "#" + (FieldId(placed) ?? $"t-{placed.Issue.Table}");

    /// <summary>Where the issue is, in words: the form's table, the row when it has a name, the field's label.</summary>
    public static string Where(PlacedIssue placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        var issue = placed.Issue;
        var parts = new List<string> { TableWords.GetValueOrDefault(issue.Table, ColumnLabels.Of(issue.Table)) };
        if (RowName(issue.Table, issue.RecordKey) is { } row)
            parts.Add(row);
        if (issue.Field is { } field)
            parts.Add(ColumnLabels.Of(field));
        return string.Join(", ", parts);
    }

    /// <summary>The row's name from its key (<c>P1/3</c> → "cycle 3", <c>R1/L2</c> → "read R1, lesion L2"); null for a row known by its sequence only.</summary>
    private static string? RowName(string table, string? key)
    {
        if (key is null || key.Contains('#', StringComparison.Ordinal) || table == "patients")
            return null;
        if (table == "reads")
            return "read " + key;
        var parts = key.Split('/', 2);
        if (parts.Length < 2)
            return null;
        if (table == "measurements")
            return $"read {parts[0]}, lesion {parts[1]}";
        return RowNoun.TryGetValue(table, out var noun) ? $"{noun} {parts[1].Replace('_', ' ')}" : null;
    }

    /// <summary>The message beside a field or in a list: what is wrong, then how to fix it.</summary>
    public static string Message(PlacedIssue placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        return $"{placed.Issue.Message}. Fix: {placed.Issue.Hint}";
    }
}
