namespace Lutetia.Statistics.Cox;

/// <summary>
/// One line of the hazard-ratio table: a numeric term, or one level of a factor (the reference
/// level has no estimate: its HR is 1 by construction), with the subjects and events it holds and
/// its estimate alone (univariable) and with the other terms (multivariable); an estimate is null
/// when that model was not fitted.
/// </summary>
public sealed record HazardRatioRow(
    string Term,
    string? Level,
    bool IsReference,
    int N,
    int Events,
    CoxCoefficient? Univariable,
    CoxCoefficient? Multivariable);
