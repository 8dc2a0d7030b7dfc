namespace Lutetia.Analysis;

/// <summary>A yes/no endpoint that may be applicable but not evaluable (endpoints.csv: <c>yes no ne</c>).</summary>
public enum Outcome
{
    Yes,
    No,
    Ne,
}
