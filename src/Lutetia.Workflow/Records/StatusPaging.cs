namespace Lutetia.Workflow.Records;

/// <summary>
/// The dashboard's sort: by patient identifier, by centre, or by a form's state (in
/// <see cref="RecordState"/>'s order: locked, open query, issues, empty, incomplete, complete — what
/// needs work comes together), then as entered; an unknown column keeps the order as entered.
/// </summary>
internal static class StatusPaging
{
    public static IEnumerable<PatientStatusLine> Sorted(IEnumerable<PatientStatusLine> lines, string? sort, bool descending)
    {
        Func<PatientStatusLine, string>? byText = sort?.ToLowerInvariant() switch
        {
            "patient" => l => l.PatientId,
            "centre" or "center" => l => l.CenterId,
            _ => null,
        };
        if (byText is not null)
            return descending ? lines.OrderByDescending(byText, StringComparer.Ordinal) : lines.OrderBy(byText, StringComparer.Ordinal);
        if (RecordForms.Parse(sort) is { } form)
            return descending ? lines.OrderByDescending(l => l[form]) : lines.OrderBy(l => l[form]);
        return descending ? lines.Reverse() : lines;
    }
}
