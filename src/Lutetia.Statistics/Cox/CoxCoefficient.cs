namespace Lutetia.Statistics.Cox;

/// <summary>A coefficient as R's summary(coxph) prints it: β, SE, HR = e^β with its CI, Wald z and p.</summary>
public sealed record CoxCoefficient(string Name, double Coef, double StdErr, double HazardRatio, double HrLower, double HrUpper, double Z, double P);
