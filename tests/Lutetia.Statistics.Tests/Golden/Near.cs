using System.Globalization;

namespace Lutetia.Statistics.Tests.Golden;

/// <summary>Agreement with R to a relative tolerance (absolute near zero); NaN and null agree with NA.</summary>
public static class Near
{
    public const double Survival = 1e-9;
    public const double Cox = 1e-6;
    public const double Absolute = 1e-12;

    public static void Equal(double expected, double actual, double relative, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: R gives NA, we give {actual.ToString("R", CultureInfo.InvariantCulture)}");
            return;
        }
        Assert.False(double.IsNaN(actual), $"{what}: R gives {expected.ToString("R", CultureInfo.InvariantCulture)}, we give NaN");
        if (expected == actual) return;
        double tolerance = Math.Max(Absolute, relative * Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"{what}: R gives {expected.ToString("R", CultureInfo.InvariantCulture)}, we give {actual.ToString("R", CultureInfo.InvariantCulture)}");
    }

    public static void Equal(double expected, double? actual, double relative, string what) =>
        Equal(expected, actual ?? double.NaN, relative, what);
}
