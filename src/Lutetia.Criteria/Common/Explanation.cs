namespace Lutetia.Criteria;

/// <summary>
/// Why a verdict is what it is: the criterion, the rule that decided (with its source) and a
/// sentence a reviewer can check against the numbers, e.g.
/// "PD: sum 64 mm is +23.1 % and +12 mm over the nadir 52 mm at 2019-03-04".
/// </summary>
public sealed record Explanation(string Criterion, string Rule, string Sentence)
{
    public override string ToString() => Sentence;
}
