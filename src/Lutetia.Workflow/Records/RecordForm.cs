namespace Lutetia.Workflow.Records;

/// <summary>
/// The forms of a patient's record as the dashboard shows them, one column each, in the order of the
/// patient's pages (the tabs a data manager works through).
/// </summary>
public enum RecordForm
{
    /// <summary>Patient &amp; tumour: the patient's identity and tumour, metastatic sites, prior treatments.</summary>
    Patient,

    /// <summary>PRRT cycles and the end of PRRT.</summary>
    Cycles,

    /// <summary>Lesions, reads and their measurements.</summary>
    Imaging,

    /// <summary>Symptoms, labs, complications.</summary>
    Clinical,

    /// <summary>Vital status (last news, death) and recorded progressions.</summary>
    FollowUp,
}
