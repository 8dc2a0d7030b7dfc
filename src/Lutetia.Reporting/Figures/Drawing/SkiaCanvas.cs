using SkiaSharp;

namespace Lutetia.Reporting.Figures.Drawing;

/// <summary>
/// Draws on a SkiaSharp raster surface scaled from points to pixels, with the embedded fonts.
/// </summary>
internal sealed class SkiaCanvas : ICanvas
{
    private readonly SKCanvas _canvas;

    public SkiaCanvas(SKCanvas canvas, double pixelsPerPoint)
    {
        _canvas = canvas;
        _canvas.Clear(SKColors.White);
        _canvas.Scale((float)pixelsPerPoint);
    }

    public void Line(Pt from, Pt to, Stroke stroke)
    {
        using var paint = StrokePaint(stroke);
        _canvas.DrawLine((float)from.X, (float)from.Y, (float)to.X, (float)to.Y, paint);
    }

    public void Polyline(ReadOnlySpan<Pt> points, Stroke stroke)
    {
        if (points.Length < 2)
            return;
        using var path = Path(points, close: false);
        using var paint = StrokePaint(stroke);
        _canvas.DrawPath(path, paint);
    }

    public void Polygon(ReadOnlySpan<Pt> points, Fill fill, Stroke? outline = null)
    {
        if (points.Length < 3)
            return;
        using var path = Path(points, close: true);
        using (var paint = FillPaint(fill))
            _canvas.DrawPath(path, paint);
        if (outline is { } s)
        {
            using var paint = StrokePaint(s);
            _canvas.DrawPath(path, paint);
        }
    }

    public void Rectangle(double x, double y, double width, double height, Fill? fill, Stroke? outline = null)
    {
        var rect = SKRect.Create((float)x, (float)y, (float)width, (float)height);
        if (fill is { } f)
        {
            using var paint = FillPaint(f);
            _canvas.DrawRect(rect, paint);
        }
        if (outline is { } s)
        {
            using var paint = StrokePaint(s);
            _canvas.DrawRect(rect, paint);
        }
    }

    public void Circle(Pt centre, double radius, Fill? fill, Stroke? outline = null)
    {
        if (fill is { } f)
        {
            using var paint = FillPaint(f);
            _canvas.DrawCircle((float)centre.X, (float)centre.Y, (float)radius, paint);
        }
        if (outline is { } s)
        {
            using var paint = StrokePaint(s);
            _canvas.DrawCircle((float)centre.X, (float)centre.Y, (float)radius, paint);
        }
    }

    public void Text(string text, Pt at, TextStyle style, TextAnchor anchor = TextAnchor.Start, double rotationDegrees = 0)
    {
        using var font = Fonts.Create(style);
        using var paint = new SKPaint { Color = Color(style.Color), IsAntialias = true, Style = SKPaintStyle.Fill };
        var align = anchor switch
        {
            TextAnchor.Middle => SKTextAlign.Center,
            TextAnchor.End => SKTextAlign.Right,
            _ => SKTextAlign.Left,
        };
        _canvas.Save();
        _canvas.Translate((float)at.X, (float)at.Y);
        if (rotationDegrees != 0)
            _canvas.RotateDegrees((float)rotationDegrees);
        _canvas.DrawText(text, 0, 0, align, font, paint);
        _canvas.Restore();
    }

    public void BeginGroup(string role)
    {
        // Groups only name elements in the SVG; pixels are the same without them.
    }

    public void EndGroup()
    {
    }

    public void BeginClip(double x, double y, double width, double height)
    {
        _canvas.Save();
        _canvas.ClipRect(SKRect.Create((float)x, (float)y, (float)width, (float)height), SKClipOperation.Intersect, antialias: true);
    }

    public void EndClip() => _canvas.Restore();

    private static SKColor Color(Rgb c, double opacity = 1) =>
        new(c.R, c.G, c.B, (byte)Math.Round(255 * Math.Clamp(opacity, 0, 1)));

    private static SKPaint FillPaint(Fill fill) => new()
    {
        Color = Color(fill.Color, fill.Opacity),
        IsAntialias = true,
        Style = SKPaintStyle.Fill,
    };

    private static SKPaint StrokePaint(Stroke s)
    {
        var paint = new SKPaint
        {
            Color = Color(s.Color),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = (float)s.Width,
            StrokeCap = SKStrokeCap.Butt,
            StrokeJoin = SKStrokeJoin.Miter,
        };
        if (s.IsDashed)
            paint.PathEffect = SKPathEffect.CreateDash([(float)s.DashOn, (float)s.DashOff], 0);
        return paint;
    }

    private static SKPath Path(ReadOnlySpan<Pt> points, bool close)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo((float)points[0].X, (float)points[0].Y);
        for (var i = 1; i < points.Length; i++)
            builder.LineTo((float)points[i].X, (float)points[i].Y);
        if (close)
            builder.Close();
        return builder.Detach();
    }
}
