using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>
/// The type sizes every figure uses, in points at the final print width: nothing below 8 pt,
/// the legibility floor most journals set for figure text.
/// </summary>
internal static class FigureFonts
{
    public static readonly TextStyle Tick = TextStyle.Regular(8);
    public static readonly TextStyle Table = TextStyle.Regular(8);
    public static readonly TextStyle TableHeading = TextStyle.Heavy(8);
    public static readonly TextStyle Legend = TextStyle.Regular(8);
    public static readonly TextStyle AxisTitle = TextStyle.Regular(9);
    public static readonly TextStyle Title = TextStyle.Heavy(10);
    public static readonly TextStyle Box = TextStyle.Regular(9);
    public static readonly TextStyle BoxHeading = TextStyle.Heavy(9);

    /// <summary>Margin around the whole figure.</summary>
    public const double Pad = 6;

    public static readonly Stroke Axis = new(Palette.Ink, 0.75);
}
