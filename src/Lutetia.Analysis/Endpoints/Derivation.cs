using Lutetia.Criteria;

namespace Lutetia.Analysis;

/// <summary>One step of a patient's derivation: which endpoint, and the criterion's own explanation.</summary>
public sealed record Derivation(string Endpoint, Explanation Explanation)
{
    public override string ToString() => $"{Endpoint}: {Explanation.Sentence}";
}
