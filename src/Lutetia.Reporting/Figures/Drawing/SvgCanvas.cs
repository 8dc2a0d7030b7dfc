using System.Globalization;
using System.Text;

namespace Lutetia.Reporting.Figures.Drawing;

/// <summary>
/// Writes SVG 1.1 by hand: one element per primitive, numbers with two decimals in the
/// invariant culture, ids numbered in drawing order, so one model always gives the same bytes.
/// </summary>
internal sealed class SvgCanvas : ICanvas
{
    private readonly StringBuilder _body = new();
    private readonly double _width;
    private readonly double _height;
    private readonly string _title;
    private readonly string _idPrefix;
    private readonly bool _standalone;
    private int _depth = 1;
    private int _clips;

    /// <param name="widthPt">Width in points, written as the document's print width.</param>
    /// <param name="heightPt">Height in points.</param>
    /// <param name="title">The document's accessible title.</param>
    /// <param name="idPrefix">Prefixes element ids, so several figures inlined in one HTML page
    /// keep distinct clip paths.</param>
    /// <param name="standalone">Whether to start with the XML declaration (a .svg file) or not
    /// (an element to inline in HTML).</param>
    public SvgCanvas(double widthPt, double heightPt, string title, string idPrefix = "", bool standalone = true)
    {
        _idPrefix = idPrefix;
        _standalone = standalone;
        _width = widthPt;
        _height = heightPt;
        _title = title;
    }

    public void Line(Pt from, Pt to, Stroke stroke)
    {
        Open("line").Attr("x1", from.X).Attr("y1", from.Y).Attr("x2", to.X).Attr("y2", to.Y);
        StrokeAttrs(stroke).Close();
    }

    public void Polyline(ReadOnlySpan<Pt> points, Stroke stroke)
    {
        Open("polyline").Points(points).Attr("fill", "none");
        StrokeAttrs(stroke).Close();
    }

    public void Polygon(ReadOnlySpan<Pt> points, Fill fill, Stroke? outline = null)
    {
        Open("polygon").Points(points);
        FillAttrs(fill);
        if (outline is { } s)
            StrokeAttrs(s);
        Close();
    }

    public void Rectangle(double x, double y, double width, double height, Fill? fill, Stroke? outline = null)
    {
        Open("rect").Attr("x", x).Attr("y", y).Attr("width", width).Attr("height", height);
        ShapePaint(fill, outline).Close();
    }

    public void Circle(Pt centre, double radius, Fill? fill, Stroke? outline = null)
    {
        Open("circle").Attr("cx", centre.X).Attr("cy", centre.Y).Attr("r", radius);
        ShapePaint(fill, outline).Close();
    }

    public void Text(string text, Pt at, TextStyle style, TextAnchor anchor = TextAnchor.Start, double rotationDegrees = 0)
    {
        Open("text").Attr("x", at.X).Attr("y", at.Y)
            .Attr("font-family", Fonts.SvgFamily).Attr("font-size", style.SizePt);
        if (style.Bold)
            Attr("font-weight", "bold");
        if (anchor != TextAnchor.Start)
            Attr("text-anchor", anchor == TextAnchor.Middle ? "middle" : "end");
        if (style.Color != Rgb.Black)
            Attr("fill", style.Color.Hex);
        if (rotationDegrees != 0)
            Attr("transform", $"rotate({Num(rotationDegrees)} {Num(at.X)} {Num(at.Y)})");
        _body.Append('>');
        Escape(_body, text);
        _body.Append("</text>\n");
    }

    public void BeginGroup(string role)
    {
        Indent().Append("<g class=\"").Append(role).Append("\">\n");
        _depth++;
    }

    public void EndGroup()
    {
        _depth--;
        Indent().Append("</g>\n");
    }

    public void BeginClip(double x, double y, double width, double height)
    {
        var id = _idPrefix + "clip" + (++_clips).ToString(CultureInfo.InvariantCulture);
        Indent().Append("<defs><clipPath id=\"").Append(id).Append("\">");
        _body.Append("<rect x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y))
            .Append("\" width=\"").Append(Num(width)).Append("\" height=\"").Append(Num(height)).Append("\"/></clipPath></defs>\n");
        Indent().Append("<g clip-path=\"url(#").Append(id).Append(")\">\n");
        _depth++;
    }

    public void EndClip() => EndGroup();

    /// <summary>The finished document.</summary>
    public override string ToString()
    {
        var doc = new StringBuilder(_body.Length + 512);
        if (_standalone)
            doc.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        doc.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(Num(_width))
            .Append("pt\" height=\"").Append(Num(_height)).Append("pt\" viewBox=\"0 0 ")
            .Append(Num(_width)).Append(' ').Append(Num(_height)).Append("\">\n");
        doc.Append("  <title>");
        Escape(doc, _title);
        doc.Append("</title>\n");
        doc.Append("  <rect x=\"0\" y=\"0\" width=\"").Append(Num(_width)).Append("\" height=\"")
            .Append(Num(_height)).Append("\" fill=\"#ffffff\"/>\n");
        doc.Append(_body);
        doc.Append("</svg>\n");
        return doc.ToString();
    }

    internal static string Num(double v)
    {
        var r = Math.Round(v, 2, MidpointRounding.AwayFromZero);
        return r == 0 ? "0" : r.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private SvgCanvas ShapePaint(Fill? fill, Stroke? outline)
    {
        if (fill is { } f)
            FillAttrs(f);
        else
            Attr("fill", "none");
        if (outline is { } s)
            StrokeAttrs(s);
        return this;
    }

    private SvgCanvas FillAttrs(Fill fill)
    {
        Attr("fill", fill.Color.Hex);
        if (fill.Opacity < 1)
            Attr("fill-opacity", fill.Opacity);
        return this;
    }

    private SvgCanvas StrokeAttrs(Stroke s)
    {
        Attr("stroke", s.Color.Hex).Attr("stroke-width", s.Width);
        if (s.IsDashed)
            Attr("stroke-dasharray", $"{Num(s.DashOn)} {Num(s.DashOff)}");
        return this;
    }

    private StringBuilder Indent() => _body.Append(' ', 2 * _depth);

    private SvgCanvas Open(string element)
    {
        Indent().Append('<').Append(element);
        return this;
    }

    private void Close() => _body.Append("/>\n");

    private SvgCanvas Attr(string name, double value) => Attr(name, Num(value));

    private SvgCanvas Attr(string name, string value)
    {
        _body.Append(' ').Append(name).Append("=\"");
        Escape(_body, value);
        _body.Append('"');
        return this;
    }

    private SvgCanvas Points(ReadOnlySpan<Pt> points)
    {
        _body.Append(" points=\"");
        for (var i = 0; i < points.Length; i++)
        {
            if (i > 0)
                _body.Append(' ');
            _body.Append(Num(points[i].X)).Append(',').Append(Num(points[i].Y));
        }
        _body.Append('"');
        return this;
    }

    private static void Escape(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default:
                    // XML 1.0 forbids control characters other than tab and line breaks.
                    if (c >= ' ' || c == '\t')
                        sb.Append(c);
                    break;
            }
        }
    }
}
