namespace Lutetia.Statistics.Cox;

/// <summary>
/// A term as it enters the model: its columns <c>[FirstColumn, FirstColumn + Levels.Count − 1)</c>
/// for a factor (the reference, <c>Levels[0]</c>, has none) or the single column of a numeric term;
/// <see cref="Codes"/> gives each subject's level index for a factor (null for a numeric term).
/// </summary>
public sealed record CodedTerm(string Name, IReadOnlyList<string> Levels, int[]? Codes, int FirstColumn)
{
    public bool IsFactor => Codes is not null;

    /// <summary>Model columns of the term: levels − 1 for a factor, 1 for a numeric term.</summary>
    public int Columns => IsFactor ? Levels.Count - 1 : 1;

    /// <summary>R's name of a level's column: the term's name followed by the level, e.g. "celltypesmallcell".</summary>
    public string ColumnName(int level) => Name + Levels[level];
}
