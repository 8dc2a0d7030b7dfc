using System.Globalization;
using Lutetia.Analysis;
using Lutetia.Intake;
using Lutetia.Reporting.Report;

namespace Lutetia.Reporting.Tests.Report;

/// <summary>A report on a registry cannot draw a lane per patient; it samples and says so.</summary>
public sealed class SwimmerSampleTests
{
    private static readonly Lazy<StudyResults> Large = new(() =>
        StudyAnalysis.Analyze(SyntheticCohort.Generate(new SynthesisOptions(600, 5)), MesenLuthParameters.Published));

    [Fact]
    public void Beyond_200_included_patients_the_swimmer_plot_shows_200_spread_over_follow_up_and_says_so()
    {
        var included = Large.Value.Included;
        Assert.True(included.Count > SwimmerSample.MaxLanes, $"the synthetic cohort should include more than {SwimmerSample.MaxLanes} patients");

        var count = included.Count.ToString("N0", CultureInfo.InvariantCulture);
        var shown = SwimmerSample.Of(included);
        var (_, caption, figure) = ReportFigures.All(Large.Value).Single(f => f.Name == "swimmer");

        Assert.Equal(SwimmerSample.MaxLanes, shown.Count);
        Assert.Equal(SwimmerSample.MaxLanes, shown.Select(p => p.Record.Patient.Id).Distinct().Count());
        var followUp = included.Select(p => p.Os!.Months).Order().ToArray();
        Assert.True(shown.Min(p => p.Os!.Months) <= followUp[followUp.Length / 50], "the shortest follow-ups are represented");
        Assert.True(shown.Max(p => p.Os!.Months) >= followUp[^(followUp.Length / 50 + 1)], "the longest follow-ups are represented");
        Assert.StartsWith($"200 of {count} included patients", figure.Description, StringComparison.Ordinal);
        Assert.Contains($"200 of {count} included patients", figure.RenderSvg(), StringComparison.Ordinal);
        Assert.StartsWith($"200 of the {count} included patients", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_to_200_included_patients_every_one_has_a_lane()
    {
        var few = Large.Value.Included.Take(SwimmerSample.MaxLanes).ToArray();

        Assert.Same(few, SwimmerSample.Of(few));
    }
}
