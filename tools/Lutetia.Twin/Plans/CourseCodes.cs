using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>The small codes of courses.txt: <c>pd@548:new</c>, <c>partial/stable</c>, <c>during:diarrhea:steroids</c>, <c>death@852:unknown</c>.</summary>
internal static class CourseCodes
{
    public static MmCourse Mm(PlanTable t, (int Line, string[] Cells) row)
    {
        var (kind, day, _) = Split(t, row, "mm");
        return kind switch
        {
            "sd" => new MmCourse(MmCourseKind.Stable, null),
            "pr" => new MmCourse(MmCourseKind.Partial, null),
            "pd" when day is not null => new MmCourse(MmCourseKind.Progression, day),
            "rec" when day is not null => new MmCourse(MmCourseKind.RecordedProgression, day),
            _ => throw t.Bad(row, "mm", kind, "sd, pr, pd@DAY or rec@DAY"),
        };
    }

    public static NonMmCourse NonMm(PlanTable t, (int Line, string[] Cells) row)
    {
        var (kind, day, sign) = Split(t, row, "non_mm");
        return kind switch
        {
            "none" => new NonMmCourse(NonMmCourseKind.None, null, ProgressionSign.None),
            "sd" => new NonMmCourse(NonMmCourseKind.Stable, null, ProgressionSign.None),
            "pr" => new NonMmCourse(NonMmCourseKind.Partial, null, ProgressionSign.None),
            "rec" when day is not null => new NonMmCourse(NonMmCourseKind.RecordedProgression, day, ProgressionSign.None),
            "pd" when day is not null => new NonMmCourse(NonMmCourseKind.Progression, day, sign switch
            {
                "growth" => ProgressionSign.Growth,
                "new" => ProgressionSign.NewLesion,
                "nt" => ProgressionSign.NonTarget,
                _ => throw t.Bad(row, "non_mm", sign ?? "", "pd@DAY:growth, pd@DAY:new or pd@DAY:nt"),
            }),
            _ => throw t.Bad(row, "non_mm", kind, "none, sd, pr, pd@DAY:SIGN or rec@DAY"),
        };
    }

    public static ReceptorImagingPlan Receptor(PlanTable t, (int Line, string[] Cells) row) => t.Cell(row, "sri") switch
    {
        null => new ReceptorImagingPlan(null, false),
        "srs" => new ReceptorImagingPlan(Modality.Srs111In, false),
        "srs+" => new ReceptorImagingPlan(Modality.Srs111In, true),
        "pet" => new ReceptorImagingPlan(Modality.Pet68Ga, false),
        "pet+" => new ReceptorImagingPlan(Modality.Pet68Ga, true),
        var other => throw t.Bad(row, "sri", other, "srs, srs+, pet, pet+ or -"),
    };

    /// <summary><c>EVALUATION/LONG_TERM</c> or a single <c>EVALUATION</c>; <c>ne</c> for no assessment.</summary>
    public static ClinicalPlan Clinical(PlanTable t, (int Line, string[] Cells) row, string column, string? cell)
    {
        if (cell is null)
            return new ClinicalPlan(null, null);
        var parts = cell.Split('/');
        return new ClinicalPlan(Outcome(parts[0]), parts.Length > 1 ? Outcome(parts[1]) : null);

        ClinicalOutcome? Outcome(string code) => code == "ne" ? null : PlanReader.Code<ClinicalOutcome>(t, row, column, code);
    }

    public static ComplicationPlan? Complication(PlanTable t, (int Line, string[] Cells) row)
    {
        var cell = t.Cell(row, "complications");
        if (cell is null)
            return null;
        var parts = cell.Split(':');
        var during = parts[0] switch
        {
            "during" => true,
            "late" => false,
            _ => throw t.Bad(row, "complications", cell, "during:TYPE[:steroids] or late:TYPE"),
        };
        var type = PlanReader.Code<ComplicationType>(t, row, "complications", parts.Length > 1 ? parts[1] : "");
        return new ComplicationPlan(during, type, parts.Length > 2 && parts[2] == "steroids");
    }

    public static EndPlan End(PlanTable t, (int Line, string[] Cells) row, string cell)
    {
        var (kind, day, cause) = Split(t, row, "end");
        return (kind, day) switch
        {
            ("alive", { } d) => new EndPlan(d, null),
            ("death", { } d) when cause is not null => new EndPlan(d, PlanReader.Code<DeathCause>(t, row, "end", cause)),
            _ => throw t.Bad(row, "end", cell, "alive@DAY or death@DAY:CAUSE"),
        };
    }

    /// <summary><c>kind@day:detail</c> → its three parts.</summary>
    private static (string Kind, int? Day, string? Detail) Split(PlanTable t, (int Line, string[] Cells) row, string column)
    {
        var cell = t.Required(row, column);
        var at = cell.Split('@');
        if (at.Length == 1)
            return (cell, null, null);
        var rest = at[1].Split(':');
        if (!int.TryParse(rest[0], System.Globalization.CultureInfo.InvariantCulture, out var day))
            throw t.Bad(row, column, cell, "the day after @ is a whole number");
        return (at[0], day, rest.Length > 1 ? rest[1] : null);
    }
}
