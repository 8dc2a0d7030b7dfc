using System.Globalization;
using Lutetia.Domain;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Rejects a flow whose boxes are blank or whose counts do not add up.</summary>
internal static class FlowDiagramChecks
{
    public static void Validate(FlowDiagramModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Box(model.Screened, "Screened");
        Box(model.Excluded, "Excluded");
        Box(model.Included, "Included");
        if (model.Screened.Count != model.Included.Count + model.Excluded.Count)
            throw Guard.Fail("Screened.Count", string.Create(CultureInfo.InvariantCulture,
                $"is {model.Screened.Count} but Included.Count + Excluded.Count is {model.Included.Count + model.Excluded.Count}."));
        Guard.NotNull(model.ExclusionReasons, "ExclusionReasons");
        var sum = 0;
        for (var i = 0; i < model.ExclusionReasons.Count; i++)
        {
            var field = Guard.At("ExclusionReasons", i);
            Guard.NotNull(model.ExclusionReasons[i], field);
            Guard.Label(model.ExclusionReasons[i].Reason, field + ".Reason");
            Guard.NonNegative(model.ExclusionReasons[i].Count, field + ".Count");
            sum += model.ExclusionReasons[i].Count;
        }
        if (model.ExclusionReasons.Count > 0 && sum != model.Excluded.Count)
            throw Guard.Fail("ExclusionReasons", string.Create(CultureInfo.InvariantCulture,
                $"add up to {sum} but Excluded.Count is {model.Excluded.Count}."));
        Guard.NotEmpty(model.Analysed, "Analysed");
        if (model.Analysed.Count > 8)
            throw Guard.Fail("Analysed", "has more than 8 boxes; they would not fit side by side.");
        for (var i = 0; i < model.Analysed.Count; i++)
        {
            var field = Guard.At("Analysed", i);
            Box(model.Analysed[i], field);
            if (model.Analysed[i].Count > model.Included.Count)
                throw Guard.Fail(field + ".Count", "is more than Included.Count; only included patients are analysed.");
        }
        Guard.Between(model.WidthMm, 80, 400, "WidthMm");
    }

    private static void Box(FlowBox box, string field)
    {
        Guard.NotNull(box, field);
        Guard.Label(box.Label, field + ".Label");
        Guard.NonNegative(box.Count, field + ".Count");
        if (box.CentreCounts is { } centres)
            Guard.Label(centres, field + ".CentreCounts");
    }
}
