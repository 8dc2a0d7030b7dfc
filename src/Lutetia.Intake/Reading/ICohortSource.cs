namespace Lutetia.Intake;

/// <summary>Where a cohort's tables come from: a folder of CSV files or one workbook.</summary>
internal interface ICohortSource : IDisposable
{
    /// <summary>The tables present, as named in the source (file names without .csv, or sheet names).</summary>
    IReadOnlyList<string> TableNames { get; }

    /// <summary>How problems name a table of this source that is absent or unknown.</summary>
    string LocationOf(string tableName);

    /// <summary>Opens a table present in <see cref="TableNames"/> (matched case-insensitively).</summary>
    ITableReader Open(string tableName, ProblemList problems);

    /// <summary>
    /// True when several tables may be open and read at once, each on its own thread (separate
    /// files); false for a source whose tables share one reader (a workbook's package).
    /// </summary>
    bool ReadsConcurrently => false;
}
