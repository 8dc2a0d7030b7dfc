using System.Globalization;
using System.Text.Json;

namespace Lutetia.Web.Hosting;

/// <summary>A setting's text and where it came from ("--urls", "LUTETIA_URLS", "urls in /etc/lutetia/lutetia.json").</summary>
public sealed record SettingValue(string Text, string Origin);

/// <summary>
/// Gathers the settings of <c>lutetia serve</c> from the settings file, then the environment, then the
/// command line, each overriding the one before. An unknown key in the file is a problem (a misspelt
/// setting would otherwise be silently ignored).
/// </summary>
public static class ServeSources
{
    public static Dictionary<ServeSetting, SettingValue> Gather(string? configFile, IReadOnlyDictionary<ServeSetting, string?> options,
        Func<string, string?> environment, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(problems);
        var values = new Dictionary<ServeSetting, SettingValue>();
        if (configFile is not null)
            ReadFile(configFile, values, problems);
        foreach (var setting in ServeSetting.All)
        {
            if (environment(setting.Variable) is { Length: > 0 } text)
                values[setting] = new SettingValue(text.Trim(), setting.Variable);
        }
        foreach (var (setting, text) in options)
        {
            if (!string.IsNullOrWhiteSpace(text))
                values[setting] = new SettingValue(text.Trim(), setting.Option ?? setting.Key);
        }
        return values;
    }

    private static void ReadFile(string path, Dictionary<ServeSetting, SettingValue> values, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"cannot read the settings file {path}: {e.Message} Give --config a JSON file readable by this account.");
            return;
        }
        catch (JsonException e)
        {
            problems.Add($"the settings file {path} is not valid JSON (line {e.LineNumber + 1}): {e.Message} Write it as {{ \"db\": \"…\", \"urls\": \"…\" }}.");
            return;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"the settings file {path} is not a JSON object: write it as {{ \"db\": \"…\", \"urls\": \"…\" }}.");
                return;
            }
            foreach (var property in document.RootElement.EnumerateObject())
                ReadProperty(path, property, values, problems);
        }
    }

    private static void ReadProperty(string path, JsonProperty property, Dictionary<ServeSetting, SettingValue> values, List<string> problems)
    {
        var setting = ServeSetting.All.FirstOrDefault(s => string.Equals(s.Key, property.Name, StringComparison.Ordinal));
        if (setting is null)
        {
            problems.Add($"the settings file {path} has an unknown setting \"{property.Name}\": the settings are {string.Join(", ", ServeSetting.All.Select(s => s.Key))}.");
            return;
        }
        var value = property.Value;
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
                string.Join(',', value.EnumerateArray().Select(item => item.GetString())),
            _ => null,
        };
        if (text is null)
            problems.Add($"the setting \"{property.Name}\" in {path} is {value.ValueKind.ToString().ToLowerInvariant()}: give a string{(setting == ServeSetting.KnownProxies ? " or an array of strings" : "")}.");
        else if (text.Trim().Length > 0)
            values[setting] = new SettingValue(text.Trim(), string.Create(CultureInfo.InvariantCulture, $"{property.Name} in {path}"));
    }
}
