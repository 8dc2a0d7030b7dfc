namespace Lutetia.Criteria.Recist;

/// <summary>Target-lesion response at one read (RECIST 1.1 §4.3.1).</summary>
public enum TargetResponse
{
    Cr,
    Pr,
    Sd,
    Pd,
    Ne,
}
