using System.Globalization;

namespace Lutetia.Reporting.Figures.Layout;

/// <summary>Number formats for axis and table labels: invariant culture, a true minus sign.</summary>
internal static class Labels
{
    public const char Minus = '\u2212';

    /// <summary>The shortest of up to <paramref name="decimals"/> decimals, "−" for negatives.</summary>
    public static string Number(double value, int decimals = 2)
    {
        var r = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (r == 0)
            return "0";
        var text = Math.Abs(r).ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
        return r < 0 ? Minus + text : text;
    }

    /// <summary>A fixed number of decimals (axis labels of one axis share their width).</summary>
    public static string Fixed(double value, int decimals)
    {
        var text = Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return value < 0 && Math.Round(value, decimals) != 0 ? Minus + text : text;
    }

    /// <summary>A signed number, "+20" or "−30", as change from baseline is written.</summary>
    public static string Signed(double value, int decimals = 0)
    {
        var text = Number(value, decimals);
        return value > 0 && text != "0" ? "+" + text : text;
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
