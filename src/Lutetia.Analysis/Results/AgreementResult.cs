namespace Lutetia.Analysis;

/// <summary>Local versus central response: pairs, percent agreement and Cohen's kappa (null when undefined).</summary>
public sealed record AgreementResult(string Id, int Pairs, double? PercentAgreement, double? Kappa);
