namespace Lutetia.Criteria.Recist;

/// <summary>Non-target-lesion response at one read (RECIST 1.1 §4.3.3).</summary>
public enum NonTargetResponse
{
    Cr,
    NonCrNonPd,
    Pd,
    Ne,
}
