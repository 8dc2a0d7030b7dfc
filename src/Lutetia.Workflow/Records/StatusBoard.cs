namespace Lutetia.Workflow.Records;

/// <summary>
/// The dashboard as the server computed it: one page of the patients that match the filter, how
/// many match in all, and the counts per centre the account sees (over every patient it sees,
/// whatever the filter).
/// </summary>
public sealed record StatusBoard(IReadOnlyList<PatientStatusLine> Lines, int Matching, int Page, int Pages,
    IReadOnlyList<CentreStatusCount> Centres)
{
    /// <summary>The counts of every centre together.</summary>
    public CentreStatusCount Total => new("all", Centres.Sum(c => c.Patients),
        Enum.GetValues<RecordState>().ToDictionary(s => s, s => Centres.Sum(c => c.ByState[s])));
}
