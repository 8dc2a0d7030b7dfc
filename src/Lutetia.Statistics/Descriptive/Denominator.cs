namespace Lutetia.Statistics.Descriptive;

/// <summary>What a category's percentage is of.</summary>
public enum Denominator
{
    /// <summary>All subjects, the missing ones included (the MesenLuth paper's Table 1 convention).</summary>
    All,

    /// <summary>Only the subjects whose value is known (e.g. resectability in MesenLuth).</summary>
    Known,
}
