using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>Turns one line of each plan file into a <see cref="PatientPlan"/>; the column codes are listed at the top of each file.</summary>
internal static class PlanFields
{
    public static PatientPlan Read(int number, PlanTable a, (int Line, string[] Cells) ra, PlanTable b, (int Line, string[] Cells) rb)
    {
        var prior = a.Cell(ra, "prior_treatments")?.Split(',') ?? [];
        var stop = b.Required(rb, "stop").Split(':');
        var end = b.Required(rb, "end");
        var cga = b.Required(rb, "cga").Split('>');
        var cs = b.Cell(rb, "cs_clinical")?.Split(':');
        var screening = b.Required(rb, "screening");
        return new PatientPlan
        {
            Number = number,
            Id = new PatientId(a.Required(ra, "patient")),
            Centre = a.Integer(ra, "centre"),
            Sex = a.Required(ra, "sex") switch
            {
                "F" => Sex.Female,
                "M" => Sex.Male,
                var other => throw a.Bad(ra, "sex", other, "F or M"),
            },
            AgeYears = a.Integer(ra, "age"),
            PrimarySite = PlanReader.Code<PrimarySite>(a, ra, "primary_site", a.Required(ra, "primary_site")),
            Differentiation = PlanReader.Code<Differentiation>(a, ra, "differentiation", a.Required(ra, "differentiation")),
            Grade = Optional<WhoGrade>(a, ra, "grade"),
            Ki67Percent = a.Cell(ra, "ki67") is { } ki ? PlanReader.Number(a, ra, "ki67", ki) : null,
            Sites = PlanReader.List<MetastaticSiteKind>(a, ra, "metastatic_sites", ',', c => c == "nodes" ? "distant_lymph_nodes" : c),
            Sma = Optional<SmaStage>(a, ra, "sma"),
            SmvInfiltration = YesNo(a, ra, "smv"),
            SevereFibrosis = YesNo(a, ra, "fibrosis"),
            PriorTreatments = prior.Where(p => p != "prrt")
                .Select(p => PlanReader.Code<PriorTreatmentKind>(a, ra, "prior_treatments", PriorAlias(p))).ToArray(),
            PriorPrrt = prior.Contains("prrt"),
            Ecog = a.Integer(ra, "ecog"),
            CarcinoidSyndrome = YesNo(a, ra, "cs") ?? throw a.Bad(ra, "cs", "-", "yes or no"),
            CarcinoidHeartDisease = YesNo(a, ra, "heart") ?? false,
            MmProgressionBeforePrrt = YesNo(a, ra, "mm_prog") ?? throw a.Bad(ra, "mm_prog", "-", "yes or no"),
            MmRetractile = YesNo(a, ra, "retractile") ?? throw a.Bad(ra, "retractile", "-", "yes or no"),
            MmBaselineMm = a.Integer(ra, "mm_mm"),
            MmKrenning = a.Cell(ra, "mm_krenning") is null ? null : a.Integer(ra, "mm_krenning"),
            MmSymptoms = PlanReader.List<Symptom>(a, ra, "mm_symptoms", '+'),
            FirstDose = DateOnly.TryParseExact(b.Required(rb, "first_dose"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                ? first : throw b.Bad(rb, "first_dose", b.Required(rb, "first_dose"), "a date YYYY-MM-DD"),
            Cycles = b.Integer(rb, "cycles"),
            StopReason = PlanReader.Code<PrrtStopReason>(b, rb, "stop", stop[0]),
            StopToxicity = stop.Length > 1 ? PlanReader.Code<PrrtStopToxicity>(b, rb, "stop", stop[1]) : null,
            BaselineDaysBefore = b.Integer(rb, "base"),
            PostDaysAfterLastDose = b.Cell(rb, "post") is null ? null : b.Integer(rb, "post"),
            CentralReview = YesNo(b, rb, "central") ?? false,
            Mm = CourseCodes.Mm(b, rb),
            NonMm = CourseCodes.NonMm(b, rb),
            Receptor = CourseCodes.Receptor(b, rb),
            MmClinical = CourseCodes.Clinical(b, rb, "mm_clinical", b.Cell(rb, "mm_clinical")),
            CsClinical = CourseCodes.Clinical(b, rb, "cs_clinical", cs?[1]),
            CsSymptoms = cs is null ? [] : cs[0].Split('+').Select(s => PlanReader.Code<Symptom>(b, rb, "cs_clinical", s)).ToArray(),
            CgaBaselineTimesUln = PlanReader.Number(b, rb, "cga", cga[0]),
            CgaPostTimesUln = PlanReader.Number(b, rb, "cga", cga.Length == 2 ? cga[1] : "?"),
            Complication = CourseCodes.Complication(b, rb),
            End = CourseCodes.End(b, rb, end),
            ExclusionReason = screening == "included" ? null : screening,
        };
    }

    private static string PriorAlias(string code) => code switch
    {
        "resection" => "primary_tumor_resection",
        "embolization" => "liver_embolization",
        "ssa" => "somatostatin_analog",
        _ => code,
    };

    private static TEnum? Optional<TEnum>(PlanTable t, (int Line, string[] Cells) row, string column) where TEnum : struct, Enum =>
        t.Cell(row, column) is { } code ? PlanReader.Code<TEnum>(t, row, column, code) : null;

    internal static bool? YesNo(PlanTable t, (int Line, string[] Cells) row, string column) => t.Cell(row, column) switch
    {
        null => null,
        "yes" => true,
        "no" => false,
        var other => throw t.Bad(row, column, other, "yes, no or -"),
    };
}
