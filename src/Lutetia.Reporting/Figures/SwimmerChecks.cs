using Lutetia.Domain;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Rejects a swimmer model whose markers would fall outside their lanes or contradict.</summary>
internal static class SwimmerChecks
{
    public static void Validate(SwimmerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.NotNull(model.XAxis, "XAxis");
        model.XAxis.Validate("XAxis");
        Guard.Label(model.YAxisTitle, "YAxisTitle");
        Guard.Between(model.WidthMm, 60, 400, "WidthMm");
        Guard.Between(model.MaxPlotHeightMm, 30, 400, "MaxPlotHeightMm");
        Guard.NotNull(model.LaneCategories, "LaneCategories");
        var categories = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < model.LaneCategories.Count; c++)
        {
            Guard.Label(model.LaneCategories[c]?.Name, Guard.At("LaneCategories", c) + ".Name");
            if (!categories.Add(model.LaneCategories[c].Name))
                throw Guard.Fail(Guard.At("LaneCategories", c) + ".Name", "is listed twice.");
        }
        Guard.NotEmpty(model.Lanes, "Lanes");
        for (var i = 0; i < model.Lanes.Count; i++)
            Lane(model.Lanes[i], Guard.At("Lanes", i), model.XAxis.MaxMonths, categories);
    }

    private static void Lane(SwimmerLane lane, string field, double maxMonths, HashSet<string> categories)
    {
        Guard.NotNull(lane, field);
        Guard.Label(lane.PatientId, field + ".PatientId");
        Guard.NonNegative(lane.FollowUpMonths, field + ".FollowUpMonths");
        if (lane.FollowUpMonths > maxMonths)
            throw Guard.Fail(field + ".FollowUpMonths", "runs past XAxis.MaxMonths; lengthen the axis.");
        Guard.NotNull(lane.CycleMonths, field + ".CycleMonths");
        for (var c = 0; c < lane.CycleMonths.Count; c++)
            Within(lane.CycleMonths[c], lane, Guard.At(field + ".CycleMonths", c));
        if (lane.ResponseMonths is { } response)
            Within(response, lane, field + ".ResponseMonths");
        if (lane.ProgressionMonths is { } progression)
            Within(progression, lane, field + ".ProgressionMonths");
        if (lane.DeathMonths is { } death)
        {
            Within(death, lane, field + ".DeathMonths");
            if (lane.AliveAtLastNews)
                throw Guard.Fail(field + ".AliveAtLastNews", "is true but DeathMonths is set.");
        }
        if (lane.Category is { } category && !categories.Contains(category))
            throw Guard.Fail(field + ".Category", $"'{category}' is not one of LaneCategories.");
    }

    private static void Within(double months, SwimmerLane lane, string field)
    {
        Guard.NonNegative(months, field);
        if (months > lane.FollowUpMonths + 1e-9)
            throw Guard.Fail(field, "falls after the lane's FollowUpMonths.");
    }
}
