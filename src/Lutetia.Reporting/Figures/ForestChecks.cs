using Lutetia.Domain;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Rejects a forest model that would draw a wrong or unreadable plot.</summary>
internal static class ForestChecks
{
    public static void Validate(ForestModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.NotEmpty(model.Rows, "Rows");
        var estimates = 0;
        for (var i = 0; i < model.Rows.Count; i++)
        {
            var field = Guard.At("Rows", i);
            var row = model.Rows[i];
            Guard.NotNull(row, field);
            Guard.Label(row.Label, field + ".Label");
            if (row.HasEstimate)
            {
                estimates++;
                Estimate(row, field);
            }
            else if (!row.IsHeading && !row.IsReference)
            {
                throw Guard.Fail(field, "has no hazard ratio; only a heading or a reference level may have none.");
            }
        }
        if (estimates == 0)
            throw Guard.Fail("Rows", "hold no hazard ratio to draw.");
        if (model.XMin is { } low)
            Guard.Between(low, 1e-4, 1, "XMin");
        if (model.XMax is { } high)
            Guard.Between(high, 1, 1e4, "XMax");
        Guard.Label(model.XAxisTitle, "XAxisTitle");
        Guard.Label(model.LabelHeading, "LabelHeading");
        Guard.Between(model.WidthMm, 120, 400, "WidthMm");
    }

    private static void Estimate(ForestRow row, string field)
    {
        if (row.IsHeading || row.IsReference)
            throw Guard.Fail(field, "is a heading or a reference level and cannot carry a hazard ratio.");
        Guard.Positive(row.HazardRatio!.Value, field + ".HazardRatio");
        Guard.NotNull(row.Lower, field + ".Lower");
        Guard.NotNull(row.Upper, field + ".Upper");
        Guard.Positive(row.Lower!.Value, field + ".Lower");
        Guard.Positive(row.Upper!.Value, field + ".Upper");
        if (row.Lower > row.HazardRatio || row.HazardRatio > row.Upper)
            throw Guard.Fail(field, "has a hazard ratio outside its confidence interval.");
        if (row.P is { } p)
            Guard.Between(p, 0, 1, field + ".P");
    }
}
