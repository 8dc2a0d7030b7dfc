namespace Lutetia.Workflow.Records;

/// <summary>
/// The state of each form of a record, from its <see cref="PatientFacts"/> (docs/web.md, "The study
/// at a glance"). The record's lock wins, then an open query, then the rules' issues; otherwise a
/// form is empty (nothing entered), incomplete (a value a finished form holds is blank) or complete.
/// The cohort format refuses a blank required field at every save, so "incomplete" means what a
/// data manager checks before locking: the values the format leaves optional that a finished
/// record holds all the same.
/// </summary>
internal static class RecordStateRules
{
    public static RecordState[] Of(PatientFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var states = new RecordState[RecordForms.All.Count];
        foreach (var form in RecordForms.All)
            states[(int)form] = Of(facts, form);
        return states;
    }

    private static RecordState Of(PatientFacts f, RecordForm form)
    {
        if (f.Locked)
            return RecordState.Locked;
        if (f.WithOpenQueries.Contains(form))
            return RecordState.OpenQuery;
        if (f.WithIssues.Contains(form))
            return RecordState.Issues;
        return form switch
        {
            // The patient's row always exists (a patient is created with its required fields).
            RecordForm.Patient => f.TumourGaps ? RecordState.Incomplete : RecordState.Complete,
            RecordForm.Cycles => f.Cycles == 0 ? RecordState.Empty
                : f.CyclesWithoutActivity > 0 || f.EndOfPrrtBlank ? RecordState.Incomplete : RecordState.Complete,
            // A baseline read needs its lesions, and every read its measurements.
            RecordForm.Imaging => f.Lesions == 0 && f.Reads == 0 ? RecordState.Empty
                : f.Lesions == 0 || f.Reads == 0 || f.ReadsWithoutMeasurement > 0 ? RecordState.Incomplete : RecordState.Complete,
            // Symptoms, labs and complications are all optional: entered or not.
            RecordForm.Clinical => f.ClinicalRows == 0 ? RecordState.Empty : RecordState.Complete,
            // The last news is required, so the form is never empty; a death needs its cause.
            _ => f.DeathWithoutCause ? RecordState.Incomplete : RecordState.Complete,
        };
    }
}
