using System.Globalization;

namespace Lutetia.Intake;

/// <summary>
/// One column of the cohort format: its name, type, whether it is required, and its bounds.
/// <see cref="Check"/> is the one cell rule set: the cohort reader and the web forms both use it,
/// so the same value gets the same verdict and message everywhere.
/// </summary>
public sealed record FieldSpec
{
    public required string Name { get; init; }
    public required FieldKind Kind { get; init; }
    public required bool Required { get; init; }

    /// <summary>Position of the column in its table's specification (the order files are written in).</summary>
    public required int Index { get; init; }

    public decimal? Minimum { get; init; }
    public bool MinimumExclusive { get; init; }
    public decimal? Maximum { get; init; }

    /// <summary>
    /// The declared length in characters (the database column's length) of a text column; any other
    /// cell is bounded by <see cref="IntakeLimits.MaximumCellCharacters"/> (an identifier's own rule
    /// allows 64 characters).
    /// </summary>
    public int MaximumLength { get; init; } = IntakeLimits.MaximumCellCharacters;

    /// <summary>The allowed codes of an enumeration, in the specification's order.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>Checks one raw value; null when it is acceptable (an empty optional cell is).</summary>
    public FieldIssue? Check(string? raw)
    {
        var text = (raw ?? "").AsSpan().Trim();
        if (text.IsEmpty)
            return Required ? FieldRules.RequiredIssue(Name) : null;
        if (!FieldRules.TryLength(text, this, out var tooLong))
            return tooLong;
        FieldIssue issue;
        var ok = Kind switch
        {
            FieldKind.Identifier => FieldRules.TryIdentifier(text, out issue),
            FieldKind.Text => FieldRules.TryText(text, out issue),
            FieldKind.Date => FieldRules.TryDate(text, out _, out issue),
            FieldKind.Boolean => FieldRules.TryBoolean(text, out _, out issue),
            FieldKind.Enumeration => FieldRules.TryCode(text, Codes, out issue),
            FieldKind.Integer => FieldRules.TryInteger(text, this, out _, out issue),
            FieldKind.Decimal => FieldRules.TryDecimal(text, this, out _, out issue),
            _ => throw new InvalidOperationException($"Unknown field kind {Kind}."),
        };
        return ok ? null : issue;
    }

    /// <summary>The bounds in words: <c>0–100</c>, <c>&gt; 0</c>, <c>≥ 0</c>.</summary>
    public string RangeText()
    {
        var min = Minimum?.ToString(CultureInfo.InvariantCulture);
        var max = Maximum?.ToString(CultureInfo.InvariantCulture);
        return (min, max) switch
        {
            (not null, not null) when !MinimumExclusive => $"{min}–{max}",
            (not null, not null) => $"> {min} and ≤ {max}",
            (not null, null) => MinimumExclusive ? $"> {min}" : $"≥ {min}",
            (null, not null) => $"≤ {max}",
            _ => "any number",
        };
    }
}
