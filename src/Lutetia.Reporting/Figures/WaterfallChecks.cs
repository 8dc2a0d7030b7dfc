using Lutetia.Domain;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Rejects a waterfall model that would draw a wrong or unreadable plot.</summary>
internal static class WaterfallChecks
{
    public static void Validate(WaterfallModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.NotEmpty(model.Categories, "Categories");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < model.Categories.Count; c++)
        {
            var field = Guard.At("Categories", c);
            Guard.NotNull(model.Categories[c], field);
            Guard.Label(model.Categories[c].Name, field + ".Name");
            if (!names.Add(model.Categories[c].Name))
                throw Guard.Fail(field + ".Name", $"'{model.Categories[c].Name}' is listed twice.");
        }
        Guard.NotEmpty(model.Bars, "Bars");
        for (var i = 0; i < model.Bars.Count; i++)
        {
            var field = Guard.At("Bars", i);
            var bar = model.Bars[i];
            Guard.NotNull(bar, field);
            Guard.Label(bar.PatientId, field + ".PatientId");
            Guard.Finite(bar.ChangePercent, field + ".ChangePercent");
            if (bar.ChangePercent < -100)
                throw Guard.Fail(field + ".ChangePercent", "is below −100 %; a diameter cannot shrink by more than all of it.");
            if (!names.Contains(bar.Category))
                throw Guard.Fail(field + ".Category", $"'{bar.Category}' is not one of Categories.");
        }
        Guard.Between(model.YMinPercent, -100, -1, "YMinPercent");
        Guard.Between(model.YMaxPercent, 1, 10_000, "YMaxPercent");
        Guard.Between(model.ProgressionLinePercent, model.YMinPercent, model.YMaxPercent, "ProgressionLinePercent");
        Guard.Between(model.ResponseLinePercent, model.YMinPercent, model.YMaxPercent, "ResponseLinePercent");
        Guard.Label(model.YAxisTitle, "YAxisTitle");
        Guard.Label(model.XAxisTitle, "XAxisTitle");
        Guard.Between(model.WidthMm, 60, 400, "WidthMm");
        Guard.Between(model.PlotHeightMm, 30, 300, "PlotHeightMm");
    }
}
