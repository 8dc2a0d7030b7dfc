namespace Lutetia.Workflow.Access;

/// <summary>Looking at a page, or changing what it shows.</summary>
public enum CrfAccess
{
    Read,
    Write,
}
