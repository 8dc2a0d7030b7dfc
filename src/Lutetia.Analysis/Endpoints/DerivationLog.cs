using Lutetia.Criteria;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>Collects a patient's derivation steps, and the endpoints a criterion refused to compute with why.</summary>
internal sealed class DerivationLog(PatientId patient)
{
    private readonly List<Derivation> _derivations = [];
    private readonly List<string> _problems = [];

    public IReadOnlyList<Derivation> Derivations => _derivations;
    public IReadOnlyList<string> Problems => _problems;

    public void Add(string endpoint, Explanation explanation) => _derivations.Add(new Derivation(endpoint, explanation));

    /// <summary>Runs a criterion; when it refuses the data, records why (naming the patient) and returns the fallback.</summary>
    public T? Try<T>(string endpoint, Func<Attempt<T>> criterion, T? fallback)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var attempt = criterion();
        if (attempt.Problem is not { } refusal)
            return attempt.Value;
        _problems.Add($"patient {patient}: {endpoint} cannot be computed: {refusal.Message}");
        Add(endpoint, new Explanation("data", "not computable", $"ne: {refusal.Message}"));
        return fallback;
    }
}
