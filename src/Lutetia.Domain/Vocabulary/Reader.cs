namespace Lutetia.Domain;

/// <summary>Who read an exam: the centre itself or the independent central review.</summary>
public enum Reader
{
    Local,
    Central,
}
