namespace Lutetia.Workflow.Records;

/// <summary>
/// What the dashboard needs to know of one patient's record, read by a few grouped queries for all
/// patients at once (<see cref="PatientFactsQuery"/>): the rows of each table, the values a finished
/// form holds that are still blank, and the forms with open issues or queries.
/// </summary>
internal sealed record PatientFacts(string PatientId, string CenterId, long Sequence)
{
    /// <summary>Birth date, diagnosis date, WHO grade, Ki-67 or ECOG blank.</summary>
    public bool TumourGaps { get; init; }

    /// <summary>Why PRRT ended is blank.</summary>
    public bool EndOfPrrtBlank { get; init; }

    /// <summary>A death date without its cause.</summary>
    public bool DeathWithoutCause { get; init; }

    public int Cycles { get; init; }
    public int CyclesWithoutActivity { get; init; }
    public int Lesions { get; init; }
    public int Reads { get; init; }
    public int ReadsWithoutMeasurement { get; init; }
    public int ClinicalRows { get; init; }
    public int Progressions { get; init; }

    public bool Locked { get; init; }
    public IReadOnlySet<RecordForm> WithIssues { get; init; } = new HashSet<RecordForm>();
    public IReadOnlySet<RecordForm> WithOpenQueries { get; init; } = new HashSet<RecordForm>();
}
