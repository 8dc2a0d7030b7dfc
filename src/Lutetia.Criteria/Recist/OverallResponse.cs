namespace Lutetia.Criteria.Recist;

/// <summary>
/// RECIST 1.1 time-point and best overall response (§4.4). Codes: cr, pr, sd, non_cr_non_pd, pd, ne.
/// </summary>
public enum OverallResponse
{
    Cr,
    Pr,
    Sd,
    NonCrNonPd,
    Pd,
    Ne,
}
