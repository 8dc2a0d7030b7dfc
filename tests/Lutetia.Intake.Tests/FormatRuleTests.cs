namespace Lutetia.Intake.Tests;

/// <summary>
/// Each rule of cohort-format.md, broken by exactly one change to a valid cohort: the reader must
/// report that rule, at that file, row and column, and yield no cohort.
/// </summary>
public sealed class FormatRuleTests
{
    public static TheoryData<RuleCase> Cases() =>
    [
        // Cells
        new RuleCase("required cell empty", c => c.Set("patients", 3, "sex", ""), "patients.csv", 3, "sex", "required"),
        new RuleCase("identifier with a space", c => c.Set("centers", 2, "center_id", "C 1"), "centers.csv", 2, "center_id", "identifier"),
        new RuleCase("identifier too long", c => c.Set("reads", 4, "read_id", new string('R', 65)), "reads.csv", 4, "read_id", "identifier"),
        new RuleCase("impossible date", c => c.Set("reads", 4, "exam_date", "2016-02-30"), "reads.csv", 4, "exam_date", "date"),
        new RuleCase("french date", c => c.Set("labs", 2, "date", "20/12/2015"), "labs.csv", 2, "date", "date"),
        new RuleCase("boolean not yes or no", c => c.Set("patients", 2, "prior_prrt", "true"), "patients.csv", 2, "prior_prrt", "boolean"),
        new RuleCase("unknown enumeration value", c => c.Set("patients", 2, "primary_site", "colon"), "patients.csv", 2, "primary_site", "enumeration"),
        new RuleCase("decimal comma", c => c.Set("patients", 2, "ki67_percent", "2,5"), "patients.csv", 2, "ki67_percent", "number"),
        new RuleCase("thousands separator", c => c.Set("labs", 3, "value", "1,150"), "labs.csv", 3, "value", "number"),
        new RuleCase("ki67 above 100", c => c.Set("patients", 2, "ki67_percent", "100.5"), "patients.csv", 2, "ki67_percent", "range"),
        new RuleCase("ecog not whole", c => c.Set("patients", 2, "ecog", "1.5"), "patients.csv", 2, "ecog", "integer"),
        new RuleCase("ecog above 4", c => c.Set("patients", 2, "ecog", "5"), "patients.csv", 2, "ecog", "range"),
        new RuleCase("activity zero", c => c.Set("prrt_cycles", 2, "activity_gbq", "0"), "prrt_cycles.csv", 2, "activity_gbq", "range"),
        new RuleCase("negative diameter", c => c.Set("measurements", 2, "diameter_mm", "-3"), "measurements.csv", 2, "diameter_mm", "range"),
        new RuleCase("krenning 5", c => c.Set("measurements", 10, "krenning", "5"), "measurements.csv", 10, "krenning", "range"),
        new RuleCase("uln zero", c => c.Set("labs", 2, "uln", "0"), "labs.csv", 2, "uln", "range"),
        new RuleCase("intensity 11", c => c.Set("symptoms", 2, "intensity", "11"), "symptoms.csv", 2, "intensity", "range"),
        new RuleCase("line break in a name", c => c.Set("centers", 2, "name", "Centre\none"), "centers.csv", 2, "name", "text"),
        new RuleCase("date in the future", c => c.Set("labs", 3, "date", "2027-01-01"), "labs.csv", 3, "date", "date_range"),
        new RuleCase("birth before 1900", c => c.Set("patients", 2, "birth_date", "1899-12-31"), "patients.csv", 2, "birth_date", "date_range"),
        new RuleCase("exam before 1990", c => c.Set("reads", 5, "exam_date", "1989-12-31"), "reads.csv", 5, "exam_date", "date_range"),
        // Columns and rows
        new RuleCase("required column missing", c => c.RemoveColumn("lesions", "nodal"), "lesions.csv", 1, "nodal", "column_missing"),
        new RuleCase("unknown column", c => c.RenameColumn("complications", "corticosteroids", "steroids"), "complications.csv", 1, "steroids", "column_unknown"),
        new RuleCase("repeated column", c => c.RenameColumn("patients", "ecog", "sex"), "patients.csv", 1, "sex", "column_duplicate"),
        new RuleCase("row with an extra value", c => c.Add("labs", "P1,2016-10-01,cga,120,100,extra"), "labs.csv", 4, null, "field_count"),
        // Rules within a row
        new RuleCase("toxicity without its kind", c => c.Set("patients", 3, "prrt_stop_toxicity", ""), "patients.csv", 3, "prrt_stop_toxicity", "stop_toxicity"),
        new RuleCase("toxicity kind without toxicity", c => c.Set("patients", 2, "prrt_stop_toxicity", "cytopenia"), "patients.csv", 2, "prrt_stop_toxicity", "stop_toxicity"),
        new RuleCase("death without cause", c => c.Set("patients", 3, "death_cause", ""), "patients.csv", 3, "death_cause", "death_cause"),
        new RuleCase("cause without death", c => c.Set("patients", 2, "death_cause", "unknown"), "patients.csv", 2, "death_cause", "death_cause"),
        new RuleCase("symptom with no measure", c => c.Set("symptoms", 4, "intensity", ""), "symptoms.csv", 4, "intensity", "symptom_measure"),
        new RuleCase("absent symptom with episodes", c => c.Set("symptoms", 5, "episodes_per_week", "3"), "symptoms.csv", 5, "episodes_per_week", "symptom_consistency"),
        new RuleCase("no episodes but intense", c => c.Set("symptoms", 3, "episodes_per_week", "0"), "symptoms.csv", 3, "intensity", "symptom_consistency"),
        new RuleCase("too small with a diameter", c => c.Set("measurements", 7, "diameter_mm", "4"), "measurements.csv", 7, "diameter_mm", "too_small_with_diameter"),
        new RuleCase("liver SUL on a CT read", c => c.Set("reads", 2, "liver_sul_mean", "1.1"), "reads.csv", 2, "liver_sul_mean", "modality_fields"),
        // Uniqueness and references
        new RuleCase("repeated center", c => c.Add("centers", "C1,Another name"), "centers.csv", 4, "center_id", "unique"),
        new RuleCase("repeated patient", c => c.Add("patients", "P1,C1,male,,,ileum,well,,,,,,no,,,,,,,,2020-01-01,,"), "patients.csv", 4, "patient_id", "unique"),
        new RuleCase("repeated lesion of a patient", c => c.Add("lesions", "P1,L2,liver,no,no,target"), "lesions.csv", 7, "lesion_id", "unique"),
        new RuleCase("repeated read", c => c.Add("reads", "R1,P2,2017-08-01,ct,local,,"), "reads.csv", 9, "read_id", "unique"),
        new RuleCase("repeated cycle number", c => c.Add("prrt_cycles", "P1,4,2016-08-01,7.4,full"), "prrt_cycles.csv", 8, "cycle", "unique"),
        new RuleCase("repeated metastatic site", c => c.Add("metastatic_sites", "P1,liver"), "metastatic_sites.csv", 4, "site", "unique"),
        new RuleCase("repeated treatment", c => c.Add("prior_treatments", "P2,everolimus"), "prior_treatments.csv", 4, "treatment", "unique"),
        new RuleCase("two measurements of a lesion in a read", c => c.Set("measurements", 3, "lesion_id", "L1"), "measurements.csv", 3, "lesion_id", "unique"),
        new RuleCase("unknown center", c => c.Set("patients", 2, "center_id", "C9"), "patients.csv", 2, "center_id", "reference"),
        new RuleCase("unknown patient in cycles", c => c.Set("prrt_cycles", 7, "patient_id", "P3"), "prrt_cycles.csv", 7, "patient_id", "reference"),
        new RuleCase("unknown patient in symptoms", c => c.Set("symptoms", 2, "patient_id", "P9"), "symptoms.csv", 2, "patient_id", "reference"),
        new RuleCase("unknown read", c => c.Set("measurements", 2, "read_id", "R99"), "measurements.csv", 2, "read_id", "reference"),
        new RuleCase("lesion of another patient", c => c.Set("measurements", 12, "lesion_id", "L2"), "measurements.csv", 12, "lesion_id", "reference"),
        // Dates across files
        new RuleCase("cycle numbers with a gap", c => c.Set("prrt_cycles", 5, "cycle", "5"), "prrt_cycles.csv", 5, "cycle", "cycle_sequence"),
        new RuleCase("cycle dates not increasing", c => c.Set("prrt_cycles", 4, "date", "2016-02-01"), "prrt_cycles.csv", 4, "date", "cycle_dates"),
        new RuleCase("diagnosis before birth", c => c.Set("patients", 2, "birth_date", "2015-02-01"), "patients.csv", 2, "diagnosis_date", "chronology"),
        new RuleCase("diagnosis after first dose", c => c.Set("patients", 2, "diagnosis_date", "2016-02-01"), "patients.csv", 2, "diagnosis_date", "chronology"),
        new RuleCase("exam after last news", c => c.Set("reads", 8, "exam_date", "2020-01-01"), "reads.csv", 8, "exam_date", "after_last_news"),
        new RuleCase("progression after last news", c => c.Set("progression", 2, "date", "2019-12-02"), "progression.csv", 2, "date", "after_last_news"),
        new RuleCase("death not at last news", c => c.Set("patients", 3, "death_date", "2019-11-30"), "patients.csv", 3, "death_date", "death_date"),
        new RuleCase("complication before first dose", c => c.Set("complications", 2, "date", "2016-01-04"), "complications.csv", 2, "date", "complication_date"),
        // Imaging
        new RuleCase("two mesenteric masses", c => c.Set("lesions", 3, "mesenteric_mass", "yes").Set("lesions", 3, "nodal", "yes").Set("lesions", 3, "site", "mesentery"), "lesions.csv", 3, "mesenteric_mass", "mesenteric_mass"),
        new RuleCase("mesenteric mass not nodal", c => c.Set("lesions", 6, "nodal", "no"), "lesions.csv", 6, "nodal", "mesenteric_mass"),
        new RuleCase("mesenteric mass not a target", c => c.Set("lesions", 6, "role", "non_target").Set("measurements", 12, "diameter_mm", "").Set("measurements", 12, "non_target_status", "present"), "lesions.csv", 6, "role", "mesenteric_mass"),
        new RuleCase("mesenteric mass outside the mesentery", c => c.Set("lesions", 2, "site", "lymph_node"), "lesions.csv", 2, "site", "mesenteric_mass"),
        new RuleCase("new lesion seen at baseline", c => c.Add("measurements", "R1,L4,9,,,,,"), "measurements.csv", 14, "lesion_id", "new_lesion_timing"),
        new RuleCase("two local reads of one exam", c => c.Set("reads", 3, "reader", "local"), "reads.csv", 3, "reader", "reads_per_exam"),
        new RuleCase("diameter on an SRS read", c => c.Set("measurements", 10, "diameter_mm", "30"), "measurements.csv", 10, "diameter_mm", "modality_fields"),
        new RuleCase("krenning on a CT read", c => c.Set("measurements", 2, "krenning", "3"), "measurements.csv", 2, "krenning", "modality_fields"),
        new RuleCase("status for a target on CT", c => c.Set("measurements", 2, "non_target_status", "present"), "measurements.csv", 2, "non_target_status", "modality_fields"),
        new RuleCase("diameter for a non-target", c => c.Set("measurements", 4, "diameter_mm", "15"), "measurements.csv", 4, "diameter_mm", "modality_fields"),
        new RuleCase("SUVmax on an SRS read", c => c.Set("measurements", 11, "suv_max", "9.5"), "measurements.csv", 11, "suv_max", "modality_fields"),
        // Files
        new RuleCase("required file missing", c => c.RemoveFile("reads"), "reads.csv", null, null, "file_missing"),
        new RuleCase("unknown file", c => c.Raw("notes.csv", "a,b\n1,2\n"), "notes.csv", null, null, "file_unknown"),
        new RuleCase("centers without rows", c => c.Raw("centers.csv", "center_id,name\n"), "centers.csv", null, null, "rows_required"),
        new RuleCase("empty file", c => c.Raw("labs.csv", ""), "labs.csv", null, null, "empty_file"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_rule_is_reported_at_its_file_row_and_column(RuleCase rule)
    {
        using var folder = new TemporaryFolder();
        var cohort = new TestCohort();
        rule.Break(cohort);

        var result = cohort.Read(folder);

        Assert.Null(result.Cohort);
        Assert.True(result.Problems.ErrorCount == 1, "expected one problem, got:\n" + string.Join("\n", result.Problems.Errors));
        var problem = result.Problems.Errors[0];
        Assert.Equal((rule.File, rule.Row, rule.Column, rule.Rule), (problem.File, problem.Row, problem.Column, problem.Rule));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        Assert.False(string.IsNullOrWhiteSpace(problem.Hint));
    }

    [Fact]
    public void Every_problem_is_collected_not_just_the_first()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort()
            .Set("patients", 2, "sex", "f")
            .Set("reads", 4, "exam_date", "2016-13-01")
            .Set("labs", 3, "value", "high")
            .Read(folder);

        Assert.Equal(3, result.Problems.ErrorCount);
        Assert.Equal(["patients.csv", "reads.csv", "labs.csv"], result.Problems.Errors.Select(p => p.File));
    }

    [Fact]
    public void The_offending_value_is_reported_as_written()
    {
        using var folder = new TemporaryFolder();
        var problem = new TestCohort().Set("reads", 4, "exam_date", "2019-02-30").Read(folder).Problems.Errors[0];

        Assert.Equal("2019-02-30", problem.Value);
        Assert.Contains("YYYY-MM-DD", problem.Hint, StringComparison.Ordinal);
    }
}
