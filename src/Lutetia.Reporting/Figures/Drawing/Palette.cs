namespace Lutetia.Reporting.Figures.Drawing;

/// <summary>
/// Colours readable by colour-blind readers and in greyscale print: the Okabe–Ito palette
/// (Okabe &amp; Ito, "Color Universal Design", 2008), plus the greys the figures use.
/// </summary>
public static class Palette
{
    public static readonly Rgb Blue = Rgb.FromHex("#0072B2");
    public static readonly Rgb Vermillion = Rgb.FromHex("#D55E00");
    public static readonly Rgb BluishGreen = Rgb.FromHex("#009E73");
    public static readonly Rgb ReddishPurple = Rgb.FromHex("#CC79A7");
    public static readonly Rgb Orange = Rgb.FromHex("#E69F00");
    public static readonly Rgb SkyBlue = Rgb.FromHex("#56B4E9");
    public static readonly Rgb Yellow = Rgb.FromHex("#F0E442");
    public static readonly Rgb Ink = Rgb.FromHex("#1A1A1A");
    public static readonly Rgb MidGrey = Rgb.FromHex("#6E6E6E");
    public static readonly Rgb LightGrey = Rgb.FromHex("#D0D0D0");

    /// <summary>The series colour for the i-th group when the caller names none.</summary>
    public static Rgb Series(int index) => (index % 6) switch
    {
        0 => Blue,
        1 => Vermillion,
        2 => BluishGreen,
        3 => ReddishPurple,
        4 => Orange,
        _ => SkyBlue,
    };
}
