using Lutetia.Analysis;
using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// endpoints.csv (outputs.md) as an export table: the same cells as <see cref="EndpointsCsv"/>
/// writes, with each column's type and, for the categories, the codes of the enumeration that
/// produces them (so a new category cannot be missing from a factor or a code list).
/// </summary>
internal static class EndpointsExportTable
{
    public const string Name = "endpoints";

    private static readonly (string Name, FieldKind Kind, IReadOnlyList<string> Codes)[] Shape =
    [
        ("patient_id", FieldKind.Identifier, []),
        ("center_id", FieldKind.Identifier, []),
        ("included", FieldKind.Boolean, []),
        ("exclusion_reason", FieldKind.Enumeration, Codes<ExclusionReason>.All),
        ("reader", FieldKind.Enumeration, Codes<Reader>.All),
        ("first_dose", FieldKind.Date, []),
        ("last_dose", FieldKind.Date, []),
        ("cycles", FieldKind.Integer, []),
        ("age_at_first_dose", FieldKind.Integer, []),
        ("mm_baseline_mm", FieldKind.Decimal, []),
        ("mm_post_mm", FieldKind.Decimal, []),
        ("mm_change_pct", FieldKind.Decimal, []),
        ("mm_response", FieldKind.Enumeration, Codes<MmResponse>.All),
        ("mm_responder", FieldKind.Boolean, []),
        ("non_mm_response", FieldKind.Enumeration, Codes<OverallResponse>.All),
        ("non_mm_responder", FieldKind.Boolean, []),
        ("mm_metabolic_response", FieldKind.Enumeration, Codes<Outcome>.All),
        ("non_mm_metabolic_response", FieldKind.Enumeration, Codes<Outcome>.All),
        ("mm_clinical_response", FieldKind.Enumeration, Codes<ClinicalResponse>.All),
        ("mm_clinical_response_long_term", FieldKind.Enumeration, Codes<ClinicalResponse>.All),
        ("cs_clinical_response", FieldKind.Enumeration, Codes<ClinicalResponse>.All),
        ("cga_response", FieldKind.Enumeration, Codes<Outcome>.All),
        ("resectability", FieldKind.Enumeration, Codes<Resectability>.All),
        ("mm_pfs_months", FieldKind.Decimal, []),
        ("mm_pfs_event", FieldKind.Integer, []),
        ("non_mm_pfs_months", FieldKind.Decimal, []),
        ("non_mm_pfs_event", FieldKind.Integer, []),
        ("os_months", FieldKind.Decimal, []),
        ("os_event", FieldKind.Integer, []),
        ("follow_up_months", FieldKind.Decimal, []),
    ];

    public static ExportTable Of(StudyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var columns = new ExportColumn[Shape.Length];
        for (var i = 0; i < Shape.Length; i++)
        {
            var (name, kind, codes) = Shape[i];
            if (EndpointsCsv.Columns[i] != name)
                throw new InvalidOperationException($"endpoints.csv column {i + 1} is {EndpointsCsv.Columns[i]}, the export expects {name}.");
            columns[i] = new ExportColumn
            {
                Name = name,
                Kind = kind,
                Required = i < 3,
                Label = VariableLabels.Of(Name, name),
                Codes = codes,
                CodeLabels = CodeLabels.Of(codes),
            };
        }
        if (EndpointsCsv.Columns.Length != Shape.Length)
            throw new InvalidOperationException($"endpoints.csv has {EndpointsCsv.Columns.Length} columns, the export knows {Shape.Length}.");
        var rows = new string?[results.Patients.Count][];
        for (var r = 0; r < rows.Length; r++)
            rows[r] = EndpointsCsv.Row(results.Patients[r]);
        return new ExportTable { Name = Name, Label = "The MesenLuth endpoints of one patient", Columns = columns, Rows = rows };
    }
}
