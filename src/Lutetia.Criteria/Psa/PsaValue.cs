namespace Lutetia.Criteria.Psa;

/// <summary>One serum PSA as recorded, with the row it came from (for refusals).</summary>
public sealed record PsaValue(string Patient, DateOnly Date, decimal Value, string Unit, SourceRow Source);
