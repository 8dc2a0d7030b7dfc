using System.Text.Json;

namespace Lutetia.Analysis;

/// <summary>
/// A protocol file (<c>--protocol FILE</c>): a JSON object whose keys override the MesenLuth
/// defaults, e.g. <c>{ "study_period": ["2005-01-01", "2020-12-31"], "reader_policy": "local" }</c>.
/// Keys are those of results.json's <c>parameters</c>; a key that is not a parameter is an error,
/// since a misspelt key would otherwise silently leave the default in force.
/// </summary>
public static class ProtocolFile
{
    /// <summary>The parameters of a protocol file, or the list of what is wrong with it (each naming the key).</summary>
    public static (MesenLuthParameters? Parameters, IReadOnlyList<string> Problems) Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [$"{path}: cannot read the protocol file ({e.Message})"]);
        }
        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Parses the text of a protocol file; <paramref name="name"/> names it in messages.</summary>
    public static (MesenLuthParameters? Parameters, IReadOnlyList<string> Problems) Parse(string text, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return (null, [$"{name}: not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: write one object of \"key\": value pairs"]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, [$"{name}: the protocol file must hold one JSON object of \"key\": value pairs"]);
            var byKey = ProtocolParameters.All.ToDictionary(p => p.Key, StringComparer.Ordinal);
            var parameters = MesenLuthParameters.Published;
            var problems = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!byKey.TryGetValue(property.Name, out var parameter))
                {
                    problems.Add($"{name}: \"{property.Name}\" is not a protocol parameter; the parameters are {string.Join(", ", byKey.Keys)}");
                    continue;
                }
                try
                {
                    parameters = parameter.Set(parameters, property.Value);
                }
                catch (FormatException e)
                {
                    problems.Add($"{name}: \"{property.Name}\" ({parameter.Meaning}): {e.Message}");
                }
            }
            return problems.Count == 0 ? (parameters, problems) : (null, problems);
        }
    }
}
