namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// The CTCAE v5.0 grade (0 = within the limits) of one laboratory value, with the value as recorded
/// and the sentence that says which threshold it crossed.
/// </summary>
public sealed record CtcaeGrade(CtcaeTerm Term, DateOnly Date, int Grade, decimal Value, string Unit, Explanation Explanation);
