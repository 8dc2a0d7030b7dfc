using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Lutetia.Intake;

/// <summary>
/// The shared-string table of a workbook (ECMA-376 §18.4.8 sst, §18.4.9 si), streamed from its XML
/// rather than loaded as a document: each string is the text of its <c>t</c> elements (plain, or
/// the runs of rich text; phonetic guides <c>rPh</c> are not part of the value). A table over
/// <see cref="IntakeLimits.MaximumSharedStrings"/> strings or
/// <see cref="IntakeLimits.MaximumSharedStringCharacters"/> characters, or with one string over
/// <see cref="IntakeLimits.MaximumCellCharacters"/>, is refused: a hostile workbook of a few hundred
/// kilobytes can otherwise expand into gigabytes of strings.
/// </summary>
internal static class XlsxSharedStrings
{
    private const string Hint = "keep each cell under 4,000 characters (a centre name under 200), or save the cohort as CSV files and import the folder";

    /// <summary>The strings, in order; null when a limit was exceeded (reported to <paramref name="problems"/>).</summary>
    public static string[]? Read(WorkbookPart workbook, string location, ProblemList problems)
    {
        if (workbook.SharedStringTablePart is not { } part)
            return [];
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XlsxText.Open(stream);
        var strings = new List<string>();
        var text = new XlsxText();
        var item = new StringBuilder();
        long characters = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si")
                continue;
            if (strings.Count == IntakeLimits.MaximumSharedStrings)
                return Refuse(problems, location, $"the workbook's shared-string table holds more than {IntakeLimits.MaximumSharedStrings:N0} strings");
            item.Clear();
            if (!ReadItem(xml, text, item))
                return Refuse(problems, location,
                    $"string {strings.Count + 1:N0} of the workbook's shared-string table is longer than {IntakeLimits.MaximumCellCharacters:N0} characters, the most a cell may hold");
            characters += item.Length;
            if (characters > IntakeLimits.MaximumSharedStringCharacters)
                return Refuse(problems, location,
                    $"the workbook's shared strings hold more than {IntakeLimits.MaximumSharedStringCharacters:N0} characters in all");
            strings.Add(item.ToString());
        }
        return [.. strings];
    }

    /// <summary>Reads one <c>si</c>: the text of its <c>t</c> children and of the <c>t</c> of its runs; false when too long.</summary>
    private static bool ReadItem(XmlReader xml, XlsxText text, StringBuilder item)
    {
        if (xml.IsEmptyElement)
            return true;
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
                continue;
            }
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                if (!text.TryAppend(xml, item, IntakeLimits.MaximumCellCharacters))
                    return false;
                continue;
            }
            if (!xml.Read())
                break;
        }
        return true;
    }

    private static string[]? Refuse(ProblemList problems, string location, FormattableString message)
    {
        problems.Error(location, null, null, null, "workbook_limit", message.ToString(CultureInfo.InvariantCulture) + "; nothing was read", Hint);
        return null;
    }
}
