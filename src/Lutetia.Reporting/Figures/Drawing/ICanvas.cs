namespace Lutetia.Reporting.Figures.Drawing;

/// <summary>
/// The one drawing abstraction behind every figure: coordinates in points, y downwards.
/// The SVG and PNG back-ends implement it, so both outputs come from the same layout.
/// </summary>
internal interface ICanvas
{
    void Line(Pt from, Pt to, Stroke stroke);

    /// <summary>An open polyline (a step curve is one with doubled corners).</summary>
    void Polyline(ReadOnlySpan<Pt> points, Stroke stroke);

    /// <summary>A closed, filled polygon, optionally outlined.</summary>
    void Polygon(ReadOnlySpan<Pt> points, Fill fill, Stroke? outline = null);

    void Rectangle(double x, double y, double width, double height, Fill? fill, Stroke? outline = null);

    void Circle(Pt centre, double radius, Fill? fill, Stroke? outline = null);

    /// <summary>A single-line label whose baseline passes through <paramref name="at"/>,
    /// rotated clockwise by <paramref name="rotationDegrees"/> about that point.</summary>
    void Text(string text, Pt at, TextStyle style, TextAnchor anchor = TextAnchor.Start, double rotationDegrees = 0);

    /// <summary>Names the following elements (an SVG group with a class); no effect on pixels.</summary>
    void BeginGroup(string role);

    void EndGroup();

    /// <summary>Clips the following drawing to a rectangle until the matching <see cref="EndClip"/>.</summary>
    void BeginClip(double x, double y, double width, double height);

    void EndClip();
}
