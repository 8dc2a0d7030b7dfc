namespace Lutetia.Intake.SubjectTables;

/// <summary>
/// The columns a command asked for, one entry per kept subject (rows with a missing value in any
/// of them dropped, as R's na.omit), in file order.
/// </summary>
public sealed class SubjectTable
{
    private readonly Dictionary<string, double[]> _numbers;
    private readonly Dictionary<string, int[]> _events;
    private readonly Dictionary<string, string[]> _labels;

    internal SubjectTable(string file, int rows, int dropped, Dictionary<string, double[]> numbers,
        Dictionary<string, int[]> events, Dictionary<string, string[]> labels)
    {
        File = file;
        Rows = rows;
        Dropped = dropped;
        _numbers = numbers;
        _events = events;
        _labels = labels;
    }

    public string File { get; }

    /// <summary>Subjects kept.</summary>
    public int Rows { get; }

    /// <summary>Rows dropped for a missing value (empty or NA) in a column used.</summary>
    public int Dropped { get; }

    /// <summary>A time or numeric column.</summary>
    public double[] Numbers(string column) => _numbers[column];

    /// <summary>An event column (0/1).</summary>
    public int[] Events(string column) => _events[column];

    /// <summary>A label column.</summary>
    public string[] Labels(string column) => _labels[column];
}
