using System.Net;
using System.Text.RegularExpressions;

namespace Lutetia.Web.Tests;

/// <summary>What a browser would submit from one form of a page: its enabled inputs and selected options, by name.</summary>
public static partial class HtmlForm
{
    public static Dictionary<string, string> Fields(string html, string handler)
    {
        var form = FormPattern().Matches(html).FirstOrDefault(m => m.Value.Contains($"name=\"_handler\" value=\"{handler}\"", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"the page has no form {handler}");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(form.Value))
        {
            var tag = input.Value;
            if (tag.Contains(" disabled", StringComparison.Ordinal) || tag.Contains("type=\"checkbox\"", StringComparison.Ordinal)
                || tag.Contains("type=\"file\"", StringComparison.Ordinal) || tag.Contains("type=\"submit\"", StringComparison.Ordinal))
                continue;
            var name = NamePattern().Match(tag);
            if (!name.Success)
                continue;
            var value = ValuePattern().Match(tag);
            fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
        }
        foreach (Match select in SelectPattern().Matches(form.Value))
        {
            if (select.Groups[1].Value.Contains(" disabled", StringComparison.Ordinal))
                continue;
            var name = NamePattern().Match(select.Groups[1].Value).Groups[1].Value;
            var selected = SelectedPattern().Match(select.Groups[2].Value);
            fields[WebUtility.HtmlDecode(name)] = selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : "";
        }
        return fields;
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex(" name=\"([^\"]*)\"")]
    private static partial Regex NamePattern();

    [GeneratedRegex(" value=\"([^\"]*)\"")]
    private static partial Regex ValuePattern();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected")]
    private static partial Regex SelectedPattern();
}
