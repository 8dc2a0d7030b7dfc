using System.Globalization;
using System.Text;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// endpoints.csv (outputs.md): one row per patient of the cohort, included or not, in patients.csv
/// order; an empty cell is "not applicable", <c>ne</c> "applicable but not evaluable".
/// </summary>
public static class EndpointsCsv
{
    public static readonly string[] Columns =
    [
        "patient_id", "center_id", "included", "exclusion_reason", "reader", "first_dose", "last_dose", "cycles",
        "age_at_first_dose", "mm_baseline_mm", "mm_post_mm", "mm_change_pct", "mm_response", "mm_responder",
        "non_mm_response", "non_mm_responder", "mm_metabolic_response", "non_mm_metabolic_response",
        "mm_clinical_response", "mm_clinical_response_long_term", "cs_clinical_response", "cga_response",
        "resectability", "mm_pfs_months", "mm_pfs_event", "non_mm_pfs_months", "non_mm_pfs_event", "os_months",
        "os_event", "follow_up_months",
    ];

    public static void Write(StudyResults results, string path)
    {
        ArgumentNullException.ThrowIfNull(results);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            writer.WriteLine(string.Join(',', Columns));
            foreach (var p in results.Patients)
                writer.WriteLine(string.Join(',', Row(p).Select(CsvCell.Escape)));
        });
    }

    /// <summary>The cells of a patient's row, in <see cref="Columns"/> order.</summary>
    public static string?[] Row(PatientEndpoints p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var record = p.Record;
        string?[] head =
        [
            record.Patient.Id.Value, record.Patient.Center.Value, Invariant.YesNo(p.Included),
            p.Eligibility.Reason is { } reason ? Invariant.Code(reason) : null,
            p.Included && p.Reader is { } reader ? Invariant.Code(reader) : null,
            record.FirstDose is { } first ? Invariant.Date(first) : null,
            record.LastDose is { } last ? Invariant.Date(last) : null,
            record.Cycles.Count.ToString(CultureInfo.InvariantCulture),
            p.AgeAtFirstDose?.ToString(CultureInfo.InvariantCulture),
        ];
        if (!p.Included)
            return [.. head, .. new string?[Columns.Length - head.Length]];
        return
        [
            .. head,
            Num(p.MmBaselineMm), Num(p.MmPostMm), Num(p.MmChangePercent),
            Code(p.MmResponse), Invariant.YesNo(p.MmResponder),
            Code(p.NonMmResponse), p.NonMmResponse is null ? null : Invariant.YesNo(p.NonMmResponder),
            Code(p.MmMetabolicResponse), Code(p.NonMmMetabolicResponse),
            Code(p.MmClinicalResponse), Code(p.MmClinicalResponseLongTerm), Code(p.CsClinicalResponse), Code(p.CgaResponse),
            Code(p.Resectability),
            .. Time(p.MmPfs), .. Time(p.NonMmPfs), .. Time(p.Os),
            p.FollowUpMonths is { } f ? Invariant.Number(f) : null,
        ];
    }

    private static string? Num(decimal? value) => value is { } v ? Invariant.Number(v) : null;

    private static string? Code<T>(T? value) where T : struct, Enum => value is { } v ? Invariant.Code(v) : null;

    private static string?[] Time(TimeToEvent? t) => t is null ? [null, null] : [Invariant.Number(t.Months), t.Event ? "1" : "0"];
}
