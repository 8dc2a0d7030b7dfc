namespace Lutetia.Workflow.Records;

/// <summary>One line of the dashboard: a patient, its centre and the state of each form, in <see cref="RecordForms.All"/>'s order.</summary>
public sealed record PatientStatusLine(string PatientId, string CenterId, IReadOnlyList<RecordState> States)
{
    public RecordState this[RecordForm form] => States[(int)form];

    /// <summary>
    /// Whether the patient counts under <paramref name="state"/>: a form in that state — or, for
    /// "complete", every form complete (a record with one complete form is not a complete record).
    /// </summary>
    public bool Shows(RecordState state) =>
        state == RecordState.Complete ? States.All(s => s == RecordState.Complete) : States.Contains(state);
}
