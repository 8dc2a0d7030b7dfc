using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// The swimmer plot's marks, each a distinct shape as well as a distinct colour so that they
/// read in greyscale: cycle = bar, response = circle (open partial, filled complete),
/// progression = diamond, death = cross, alive = arrow. Legend and lanes draw the same ones.
/// </summary>
internal static class SwimmerMarkers
{
    public static readonly Rgb LaneColor = Rgb.FromHex("#B8C7D9");
    private static readonly Rgb CycleColor = Palette.Ink;
    private static readonly Rgb ResponseColor = Palette.BluishGreen;
    private static readonly Rgb ProgressionColor = Palette.Vermillion;

    public static void Cycle(ICanvas canvas, Pt at, double size) =>
        canvas.Rectangle(at.X - 0.6, at.Y - size / 2, 1.2, size, new Fill(CycleColor));

    public static void Response(ICanvas canvas, Pt at, double size, ResponseKind kind)
    {
        var radius = size * 0.42;
        if (kind == ResponseKind.Complete)
            canvas.Circle(at, radius, new Fill(ResponseColor), new Stroke(Rgb.White, 0.5));
        else
            canvas.Circle(at, radius - 0.5, new Fill(Rgb.White), new Stroke(ResponseColor, 1.3));
    }

    public static void Progression(ICanvas canvas, Pt at, double size)
    {
        var h = size * 0.55;
        canvas.Polygon(
            [new Pt(at.X, at.Y - h), new Pt(at.X + h * 0.8, at.Y), new Pt(at.X, at.Y + h), new Pt(at.X - h * 0.8, at.Y)],
            new Fill(ProgressionColor), new Stroke(Rgb.White, 0.5));
    }

    public static void Death(ICanvas canvas, Pt at, double size)
    {
        var h = size * 0.4;
        var stroke = new Stroke(Palette.Ink, Math.Max(1.2, size * 0.18));
        canvas.Line(new Pt(at.X - h, at.Y - h), new Pt(at.X + h, at.Y + h), stroke);
        canvas.Line(new Pt(at.X - h, at.Y + h), new Pt(at.X + h, at.Y - h), stroke);
    }

    /// <summary>An arrow starting at <paramref name="from"/> and pointing right, <see cref="ArrowLength"/> long.</summary>
    public static void Alive(ICanvas canvas, Pt from, double size)
    {
        var length = ArrowLength(size);
        var head = size * 0.45;
        canvas.Line(from, new Pt(from.X + length - head, from.Y), new Stroke(Palette.Ink, 1));
        canvas.Polygon(
            [new Pt(from.X + length, from.Y), new Pt(from.X + length - head, from.Y - head * 0.6), new Pt(from.X + length - head, from.Y + head * 0.6)],
            new Fill(Palette.Ink));
    }

    public static double ArrowLength(double size) => size * 1.3 + 2;

    public static void Lane(ICanvas canvas, Pt at, double size, Rgb color) =>
        canvas.Rectangle(at.X - 6, at.Y - size * 0.3, 12, size * 0.6, new Fill(color));
}
