namespace Lutetia.Criteria.Recist;

/// <summary>
/// Why a best overall response could not be scored: where the problem is (a time point, the
/// other progression date or a parameter), what is wrong, and how to fix it. A value, not an
/// exception: the verdict that carries it is NE and scores nothing.
/// </summary>
public sealed record BestResponseRefusal(string Where, string Problem, string Hint)
{
    /// <summary>One line: <c>time point T2 (2019-03-02): is not after … Fix: …</c></summary>
    public override string ToString() => $"{Where}: {Problem} Fix: {Hint}";
}
