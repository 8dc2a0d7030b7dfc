using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Tests;

/// <summary>Reading rendered figures back: SVG elements by group class, PNG header fields.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    /// <summary>The elements named <paramref name="element"/> inside every group of class <paramref name="role"/>.</summary>
    public static List<XElement> In(XDocument doc, string role, string element) =>
        [.. doc.Descendants(Ns + "g")
            .Where(g => (string?)g.Attribute("class") == role)
            .SelectMany(g => g.Descendants(Ns + element))];

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) PngSize(byte[] png) =>
        ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));

    /// <summary>The extent of a label from the embedded font's metrics, honouring anchor and a −90° turn.</summary>
    public static (double Left, double Top, double Right, double Bottom) LabelBox(XElement text)
    {
        var size = Number(text, "font-size");
        var style = new TextStyle(size, text.Attribute("font-weight") is not null, Palette.Ink);
        var width = Fonts.Width(text.Value, style);
        var ascent = Fonts.Ascent(style);
        var descent = Fonts.LineHeight(style) - ascent;
        var x = Number(text, "x");
        var y = Number(text, "y");
        var before = (string?)text.Attribute("text-anchor") switch
        {
            "middle" => width / 2,
            "end" => width,
            _ => 0,
        };
        if (text.Attribute("transform") is null)
            return (x - before, y - ascent, x - before + width, y + descent);
        // rotate(-90): the text runs upwards from its anchor and its ascenders point left.
        return (x - ascent, y - (width - before), x + descent, y + before);
    }
}
