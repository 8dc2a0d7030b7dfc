namespace Lutetia.Web.Forms;

/// <summary>
/// A use case's refusal as a form shows it: each field's message beside the field (the messages of
/// one field joined), and a refusal that names no field — forbidden, not found — beside
/// <c>field</c>, as its sentence. Empty when the use case succeeded.
/// </summary>
public static class FieldProblems
{
    public static IReadOnlyDictionary<string, string> Of(Result result, string field) => Of(result.Refusal, field);

    public static IReadOnlyDictionary<string, string> Of<T>(Result<T> result, string field) => Of(result.Refusal, field);

    public static IReadOnlyDictionary<string, string> Of(Refusal? refusal, string field)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (refusal is null)
            return problems;
        if (refusal.Fields.Count == 0)
            problems[field] = refusal.Sentence;
        foreach (var problem in refusal.Fields)
            problems[problem.Field] = problems.TryGetValue(problem.Field, out var before) ? before + " " + problem.Message : problem.Message;
        return problems;
    }
}
