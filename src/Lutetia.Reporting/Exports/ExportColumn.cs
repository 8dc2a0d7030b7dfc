using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// One variable of an export: its name (the cohort format's column name), its type, a readable
/// label, and for an enumeration its codes in the format's order with a readable label for each.
/// </summary>
public sealed record ExportColumn
{
    public required string Name { get; init; }
    public required FieldKind Kind { get; init; }
    public required bool Required { get; init; }

    /// <summary>The variable label: what the column means, with its unit.</summary>
    public required string Label { get; init; }

    /// <summary>An enumeration's codes in the specification's order (empty for other kinds).</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>A readable label for each of <see cref="Codes"/>, in the same order.</summary>
    public IReadOnlyList<string> CodeLabels { get; init; } = [];

    /// <summary>The 1-based position of a code among <see cref="Codes"/> (SPSS stores enumerations as 1..k).</summary>
    public int CodeNumber(string code)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (Codes[i] == code)
                return i + 1;
        }
        throw new ArgumentException($"\"{code}\" is not a code of {Name} (the codes are {string.Join(", ", Codes)})", nameof(code));
    }
}
