namespace Lutetia.Reporting.Figures.Drawing;

/// <summary>A point in figure space: points (1/72 inch), y downwards from the top-left corner.</summary>
internal readonly record struct Pt(double X, double Y);

/// <summary>A line style; a dash pattern when <paramref name="DashOn"/> is positive.</summary>
internal readonly record struct Stroke(Rgb Color, double Width, double DashOn = 0, double DashOff = 0)
{
    public bool IsDashed => DashOn > 0;
}

/// <summary>A solid fill, optionally translucent.</summary>
internal readonly record struct Fill(Rgb Color, double Opacity = 1);

/// <summary>How a label is set: size in points, weight, colour.</summary>
internal readonly record struct TextStyle(double SizePt, bool Bold, Rgb Color)
{
    public static TextStyle Regular(double sizePt) => new(sizePt, false, Palette.Ink);

    public static TextStyle Heavy(double sizePt) => new(sizePt, true, Palette.Ink);

    public TextStyle WithColor(Rgb color) => this with { Color = color };
}

/// <summary>Which point of the text's baseline sits at the given x.</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
