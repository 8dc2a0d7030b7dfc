using Lutetia.Workflow.Records;

namespace Lutetia.Workflow.Tests.Records;

/// <summary>The state of each form of a record, from what the grouped queries found (docs/web.md, "The study at a glance").</summary>
public sealed class RecordStateRulesTests
{
    /// <summary>A record with every form entered and nothing missing or open.</summary>
    private static readonly PatientFacts Finished = new("P1", "C1", 1)
    {
        Cycles = 4,
        Lesions = 2,
        Reads = 3,
        ClinicalRows = 5,
    };

    private static RecordState StateOf(PatientFacts facts, RecordForm form) => RecordStateRules.Of(facts)[(int)form];

    [Fact]
    public void A_finished_record_is_complete_on_every_form()
    {
        Assert.All(RecordStateRules.Of(Finished), s => Assert.Equal(RecordState.Complete, s));
    }

    [Fact]
    public void A_new_patient_has_empty_cycles_imaging_and_clinical_forms_and_an_incomplete_tumour_form()
    {
        var created = new PatientFacts("P9", "C1", 9) { TumourGaps = true, EndOfPrrtBlank = true };
        Assert.Equal([RecordState.Incomplete, RecordState.Empty, RecordState.Empty, RecordState.Empty, RecordState.Complete], RecordStateRules.Of(created));
    }

    [Theory]
    [InlineData(RecordForm.Cycles, "cycle without activity")]
    [InlineData(RecordForm.Cycles, "end of PRRT blank")]
    [InlineData(RecordForm.Imaging, "read without measurement")]
    [InlineData(RecordForm.Imaging, "lesions without a read")]
    [InlineData(RecordForm.FollowUp, "death without cause")]
    public void A_value_a_finished_form_holds_left_blank_makes_it_incomplete(RecordForm form, string gap)
    {
        var facts = gap switch
        {
            "cycle without activity" => Finished with { CyclesWithoutActivity = 1 },
            "end of PRRT blank" => Finished with { EndOfPrrtBlank = true },
            "read without measurement" => Finished with { ReadsWithoutMeasurement = 1 },
            "lesions without a read" => Finished with { Reads = 0 },
            _ => Finished with { DeathWithoutCause = true },
        };
        Assert.Equal(RecordState.Incomplete, StateOf(facts, form));
        Assert.All(RecordForms.All.Where(f => f != form), f => Assert.Equal(RecordState.Complete, StateOf(facts, f)));
    }

    [Fact]
    public void The_lock_wins_over_a_query_which_wins_over_issues_which_win_over_a_gap()
    {
        var cycles = new HashSet<RecordForm> { RecordForm.Cycles };
        var gap = Finished with { CyclesWithoutActivity = 1 };
        var issues = gap with { WithIssues = cycles };
        var query = issues with { WithOpenQueries = cycles };
        Assert.Equal(RecordState.Issues, StateOf(issues, RecordForm.Cycles));
        Assert.Equal(RecordState.OpenQuery, StateOf(query, RecordForm.Cycles));
        Assert.Equal(RecordState.Complete, StateOf(query, RecordForm.Imaging));
        Assert.All(RecordStateRules.Of(query with { Locked = true }), s => Assert.Equal(RecordState.Locked, s));
    }

    [Theory]
    [InlineData("prrt_cycles", "activity_gbq", RecordForm.Cycles)]
    [InlineData("patients", "prrt_stop_reason", RecordForm.Cycles)]
    [InlineData("patients", "death_date", RecordForm.FollowUp)]
    [InlineData("patients", "ki67_percent", RecordForm.Patient)]
    [InlineData("patients", null, RecordForm.Patient)]
    [InlineData("measurements", "diameter_mm", RecordForm.Imaging)]
    [InlineData("labs", "value", RecordForm.Clinical)]
    [InlineData("progression", "date", RecordForm.FollowUp)]
    [InlineData("metastatic_sites", "site", RecordForm.Patient)]
    public void An_issue_or_query_marks_the_form_its_field_is_entered_on(string table, string? field, RecordForm form)
    {
        Assert.Equal(form, RecordForms.Of(table, field));
    }
}
