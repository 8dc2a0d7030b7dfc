namespace Lutetia.Domain;

/// <summary>
/// The lower-case value an enumeration member has in the cohort format and the outputs,
/// where it is not simply the member's name in snake_case.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class CodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}
