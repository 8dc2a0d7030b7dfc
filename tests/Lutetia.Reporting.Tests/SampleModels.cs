using System.Globalization;
using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

/// <summary>Seeded plot models shaped like the MesenLuth cohort, for tests and sample renderings.</summary>
internal static class SampleModels
{
    public static WaterfallModel Waterfall(int patients = 52, int seed = 7)
    {
        var random = new Random(seed);
        var bars = new List<WaterfallBar>(patients);
        for (var i = 0; i < patients; i++)
        {
            var change = Math.Round(-45 + 70 * random.NextDouble(), 1);
            if (i == 3)
                change = 146;
            if (i == 11)
                change = 232.5;
            if (i == 20)
                change = -100;
            if (i == 30)
                change = 0;
            var category = change >= 20 ? "Progressive disease"
                : change == -100 ? "Complete response"
                : change <= -30 ? "Partial response"
                : "Stable disease";
            bars.Add(new WaterfallBar("P" + (i + 1).ToString("00", CultureInfo.InvariantCulture), change, category));
        }
        return new WaterfallModel(bars, WaterfallModel.RecistCategories);
    }

    public static SwimmerModel Swimmer(int patients = 52, int seed = 11)
    {
        var random = new Random(seed);
        var lanes = new List<SwimmerLane>(patients);
        for (var i = 0; i < patients; i++)
        {
            var followUp = Math.Round(6 + 74 * random.NextDouble(), 1);
            var cycleCount = random.NextDouble() < 0.83 ? 4 : 2 + random.Next(2);
            var cycles = new List<double>();
            for (var c = 0; c < cycleCount; c++)
                cycles.Add(Math.Min(followUp, c * 2.1));
            var lane = new SwimmerLane("P" + (i + 1).ToString("00", CultureInfo.InvariantCulture), followUp, cycles);
            if (random.NextDouble() < 0.2)
            {
                lane = lane with
                {
                    ResponseMonths = Math.Round(followUp * (0.15 + 0.3 * random.NextDouble()), 1),
                    Response = random.NextDouble() < 0.3 ? ResponseKind.Complete : ResponseKind.Partial,
                };
            }
            if (random.NextDouble() < 0.45)
                lane = lane with { ProgressionMonths = Math.Round(followUp * (0.5 + 0.45 * random.NextDouble()), 1) };
            lane = random.NextDouble() < 0.35 ? lane with { DeathMonths = followUp } : lane with { AliveAtLastNews = true };
            lanes.Add(lane);
        }
        return new SwimmerModel(lanes, new TimeAxis(84, 12));
    }

    public static FlowDiagramModel Flow(int analyses = 4) => new(
        new FlowBox("Patients treated with 177Lu-DOTATATE with a mesenteric mass, screened", 61) { CentreCounts = "Centre A 35, centre B 26" },
        new FlowBox("Excluded", 9),
        [
            new FlowCount("Mesenteric mass not measurable on CT (short axis < 10 mm)", 4),
            new FlowCount("No CT scan within 3 months before the first cycle", 3),
            new FlowCount("Fewer than 2 cycles given", 2),
        ],
        new FlowBox("Included", 52) { CentreCounts = "Centre A 30, centre B 22" },
        new FlowBox[]
        {
            new FlowBox("MM-related progression-free survival", 52),
            new FlowBox("Non-MM progression-free survival", 52),
            new FlowBox("Overall survival", 52),
            new FlowBox("MM clinical response (symptomatic patients)", 26),
            new FlowBox("Carcinoid-syndrome response", 39),
            new FlowBox("Central review of the CT scans", 43),
        }[..analyses]);
}
