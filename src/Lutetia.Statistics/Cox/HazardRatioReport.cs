namespace Lutetia.Statistics.Cox;

/// <summary>
/// The hazard-ratio table of a Cox model with numeric and factor terms: the rows in term order
/// (each factor's reference level first), the multivariable model with every term, and the
/// univariable model of each term alone (empty when not asked for).
/// </summary>
public sealed record HazardRatioReport(IReadOnlyList<HazardRatioRow> Rows, CoxModel Multivariable, IReadOnlyList<CoxModel> Univariable);
