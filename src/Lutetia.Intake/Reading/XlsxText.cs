using System.Text;
using System.Xml;

namespace Lutetia.Intake;

/// <summary>
/// Reads the text of one element of a workbook's XML in chunks (XmlReader.ReadValueChunk), so a
/// string of hundreds of megabytes is refused at its limit instead of being held whole.
/// </summary>
internal sealed class XlsxText
{
    private readonly char[] _chunk = new char[4096];

    /// <summary>
    /// Appends the text content of the element the reader is on to <paramref name="into"/> and
    /// leaves the reader after its end; false (the reader left inside) when the text would exceed
    /// <paramref name="maximumCharacters"/> in all.
    /// </summary>
    public bool TryAppend(XmlReader xml, StringBuilder into, long maximumCharacters)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return true;
        }
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    if (into.Length + read > maximumCharacters)
                        return false;
                    into.Append(_chunk, 0, read);
                }
            }
            if (!xml.Read())
                return true;
        }
        xml.Read(); // past the end tag
        return true;
    }

    /// <summary>Reads the opening XML of a package part: no DTD, no comments or processing instructions.</summary>
    public static XmlReader Open(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    });
}
