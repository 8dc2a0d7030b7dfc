namespace Lutetia.Domain;

/// <summary>Status of a non-target lesion at one read (RECIST 1.1 §4.3.3).</summary>
public enum NonTargetStatus
{
    Present,
    Absent,
    UnequivocalProgression,
}
