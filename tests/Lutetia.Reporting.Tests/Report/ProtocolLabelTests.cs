using Lutetia.Analysis;
using Lutetia.Intake;
using Lutetia.Reporting.Report;

namespace Lutetia.Reporting.Tests.Report;

/// <summary>
/// A protocol file that overrides thresholds changes what report.html says of them: the rule labels
/// of the derivations, the waterfall's dashed lines and the confidence level of the intervals.
/// </summary>
public sealed class ProtocolLabelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lutetia-protocol-labels-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Report(string protocolJson)
    {
        var protocol = Path.Combine(_folder, "protocol.json");
        File.WriteAllText(protocol, protocolJson);
        var (parameters, problems) = ProtocolFile.Load(protocol);
        Assert.Empty(problems);
        var cohort = CohortReader.ReadValid(Path.Combine(AppContext.BaseDirectory, "twin"), new DateOnly(2026, 1, 1));
        var output = Path.Combine(_folder, "out");
        return File.ReadAllText(ReportWriter.Write(StudyAnalysis.Analyze(cohort, parameters!), output, "the twin"));
    }

    [Fact]
    public void The_published_thresholds_are_named_when_the_protocol_file_overrides_nothing()
    {
        var html = Report("{}");

        Assert.Contains("MesenLuth MM rule: pr: -30 % from baseline", html, StringComparison.Ordinal);
        Assert.Contains("dashed lines at +20 % and −30 %", html, StringComparison.Ordinal);
        Assert.Contains("95 % CI", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_file_overriding_the_mm_thresholds_changes_the_labels_in_report_html()
    {
        var html = Report("""{ "mm_pr_fraction": 0.25, "mm_pd_fraction": 0.3, "mm_pd_minimum_mm": 4, "confidence_level": 0.9 }""");

        Assert.Contains("MesenLuth MM rule: pr: -25 % from baseline", html, StringComparison.Ordinal);
        Assert.DoesNotContain("pr: -30 % from baseline", html, StringComparison.Ordinal);
        Assert.DoesNotContain("pd: +20 % and +5 mm over the nadir", html, StringComparison.Ordinal);
        Assert.Contains("dashed lines at +30 % and −25 %", html, StringComparison.Ordinal);
        Assert.Contains("90 % CI", html, StringComparison.Ordinal);
        Assert.Contains("with 90 % confidence bands", html, StringComparison.Ordinal);
        Assert.DoesNotContain("exact (Clopper–Pearson) 95 %", html, StringComparison.Ordinal);
    }
}
