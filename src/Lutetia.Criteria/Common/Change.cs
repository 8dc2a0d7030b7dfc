namespace Lutetia.Criteria;

/// <summary>Relative change in exact decimal arithmetic (response-criteria.md, "Arithmetic").</summary>
internal static class Change
{
    /// <summary>(value − reference) / reference × 100, or null when the reference is 0.</summary>
    public static decimal? Percent(decimal value, decimal reference) =>
        reference == 0 ? null : (value - reference) / reference * 100m;
}
