namespace Lutetia.Intake;

/// <summary>A cohort as a folder of CSV files. Files that are not .csv (a README, say) are ignored.</summary>
internal sealed class CsvFolderSource(string folder) : ICohortSource
{
    private readonly Dictionary<string, string> _files = Directory.EnumerateFiles(folder, "*.csv")
        .Where(path => !Path.GetFileName(path).StartsWith('.'))
        .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => path, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> TableNames => [.. _files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Each table is its own file: they are read in parallel.</summary>
    public bool ReadsConcurrently => true;

    public string LocationOf(string tableName) => tableName + ".csv";

    public ITableReader Open(string tableName, ProblemList problems)
    {
        var path = _files[tableName];
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return new CsvTableReader(stream, Path.GetFileName(path), problems);
    }

    public void Dispose()
    {
    }
}
