namespace Lutetia.Analysis.Tests;

/// <summary>Protocol files override the paper's parameters, and say exactly what is wrong with a bad one.</summary>
public sealed class ProtocolFileTests
{
    [Fact]
    public void An_empty_protocol_file_gives_the_published_parameters()
    {
        var (parameters, problems) = ProtocolFile.Parse("{}", "p.json");

        Assert.Empty(problems);
        Assert.Equal(MesenLuthParameters.Published, parameters);
    }

    [Fact]
    public void Keys_override_their_parameters()
    {
        var (parameters, problems) = ProtocolFile.Parse(
            """{ "study_period": ["2005-01-01", "2020-12-31"], "mm_min_short_axis_mm": 15, "reader_policy": "local", "censoring": "last_assessment", "mm_pr_fraction": 0.5 }""",
            "p.json");

        Assert.Empty(problems);
        Assert.Equal(new DateOnly(2005, 1, 1), parameters!.Eligibility.StudyStart);
        Assert.Equal(new DateOnly(2020, 12, 31), parameters.Eligibility.StudyEnd);
        Assert.Equal(15m, parameters.Eligibility.MinimumMmShortAxisMm);
        Assert.Equal(ReaderPolicy.Local, parameters.ReaderPolicy);
        Assert.Equal(Censoring.LastAssessment, parameters.Censoring);
        Assert.Equal(0.5m, parameters.Mm.PartialResponseFraction);
    }

    [Theory]
    [InlineData("""{ "mm_min_short_axis": 15 }""", "\"mm_min_short_axis\" is not a protocol parameter")]
    [InlineData("""{ "mm_pr_fraction": 30 }""", "expected a fraction between 0 and 1 (0.30 for 30 %), found 30")]
    [InlineData("""{ "reader_policy": "both" }""", "expected central_first, local or central, found \"both\"")]
    [InlineData("""{ "study_period": ["2021-01-01", "2001-01-01"] }""", "the period ends (2001-01-01) before it starts (2021-01-01)")]
    [InlineData("""{ "study_period": ["2001/01/01", "2021-01-01"] }""", "expected a date written YYYY-MM-DD")]
    [InlineData("""[1, 2]""", "must hold one JSON object")]
    [InlineData("""{ "censoring": """, "not valid JSON at line 1")]
    public void A_bad_protocol_file_names_the_key_and_what_is_expected(string text, string message)
    {
        var (parameters, problems) = ProtocolFile.Parse(text, "p.json");

        Assert.Null(parameters);
        var problem = Assert.Single(problems);
        Assert.StartsWith("p.json: ", problem, StringComparison.Ordinal);
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_parameter_written_to_results_json_can_be_read_back_from_a_protocol_file()
    {
        var changed = MesenLuthParameters.Published with { DuringPrrtDays = 60, ReaderPolicy = ReaderPolicy.Central };
        var text = "{" + string.Join(",", ProtocolParameters.All.Select(p => $"\"{p.Key}\": {System.Text.Json.JsonSerializer.Serialize(p.Get(changed))}")) + "}";

        var (parameters, problems) = ProtocolFile.Parse(text, "p.json");

        Assert.Empty(problems);
        Assert.Equal(changed, parameters);
    }
}
