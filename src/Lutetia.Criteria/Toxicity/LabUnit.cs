namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// A unit a laboratory reports in and its exact conversion to the unit the CTCAE thresholds are
/// written in: canonical = value × <see cref="Numerator"/> / <see cref="Denominator"/>. Thresholds
/// are converted into the recorded unit (a multiplication and one division of exact decimals), so
/// a value on a boundary in its own unit stays on that boundary.
/// </summary>
public sealed record LabUnit(string Name, decimal Numerator, decimal Denominator)
{
    /// <summary>The value expressed in the canonical unit of its term.</summary>
    public decimal ToCanonical(decimal value) => value * Numerator / Denominator;

    /// <summary>A threshold written in the canonical unit, expressed in this unit.</summary>
    public decimal FromCanonical(decimal threshold) => threshold * Denominator / Numerator;

    /// <summary>A value recorded in <paramref name="from"/> expressed in this unit.</summary>
    public decimal Convert(decimal value, LabUnit from)
    {
        ArgumentNullException.ThrowIfNull(from);
        return from.Name == Name ? value : value * from.Numerator * Denominator / (from.Denominator * Numerator);
    }
}
