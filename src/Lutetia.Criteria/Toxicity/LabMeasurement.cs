namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// One laboratory value as recorded: the value in the laboratory's <paramref name="Unit"/>, and the
/// laboratory's lower and upper limits of normal in the same unit (the decreased terms need the
/// LLN, the increased terms the ULN). <paramref name="Source"/> locates the row for refusals.
/// </summary>
public sealed record LabMeasurement(
    string Patient,
    DateOnly Date,
    CtcaeTerm Term,
    decimal Value,
    string Unit,
    decimal? Lln,
    decimal? Uln,
    SourceRow Source);
