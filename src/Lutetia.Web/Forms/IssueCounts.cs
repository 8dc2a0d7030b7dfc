using System.Globalization;

namespace Lutetia.Web.Forms;

/// <summary>Counts of open issues in words: "1 problem", "3 problems", "2 warnings".</summary>
public static class IssueCounts
{
    public static string Problems(int count) => Of(count, "problem");

    public static string Warnings(int count) => Of(count, "warning");

    private static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
