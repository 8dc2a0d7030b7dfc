using System.Text.Json;
using Lutetia.Domain;
using static Lutetia.Analysis.Tests.CohortBuilder;

namespace Lutetia.Analysis.Tests;

/// <summary>endpoints.csv and results.json as outputs.md defines them.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lutetia-analysis-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static StudyResults TwoPatients()
    {
        var c = new CohortBuilder();
        var p1 = c.Patient();
        c.Ct(p1, FirstDose.AddDays(-20), Reader.Local, ("L1", 40));
        c.Ct(p1, LastDose.AddDays(100), Reader.Local, ("L1", 27.5m));
        c.Patient("P2", x => x with { PrimarySite = PrimarySite.Pancreas });
        return c.Analyze();
    }

    [Fact]
    public void Endpoints_csv_has_the_columns_of_outputs_md_and_a_row_per_patient()
    {
        var path = Path.Combine(_folder, "endpoints.csv");
        EndpointsCsv.Write(TwoPatients(), path);

        var lines = File.ReadAllLines(path);

        Assert.Equal("patient_id,center_id,included,exclusion_reason,reader,first_dose,last_dose,cycles,age_at_first_dose,mm_baseline_mm,mm_post_mm,mm_change_pct,mm_response,mm_responder,non_mm_response,non_mm_responder,mm_metabolic_response,non_mm_metabolic_response,mm_clinical_response,mm_clinical_response_long_term,cs_clinical_response,cga_response,resectability,mm_pfs_months,mm_pfs_event,non_mm_pfs_months,non_mm_pfs_event,os_months,os_event,follow_up_months", lines[0]);
        Assert.StartsWith("P1,C1,yes,,local,2015-01-05,2015-06-29,4,64,40,27.5,-31.25,pr,yes,,,ne,,,,,,unknown,", lines[1], StringComparison.Ordinal);
        Assert.Equal("P2,C1,no,non_small_intestinal,,2015-01-05,2015-06-29,4,64,,,,,,,,,,,,,,,,,,,,,", lines[2]);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Results_json_reports_the_flow_rates_with_exact_intervals_and_survival()
    {
        var path = Path.Combine(_folder, "results.json");
        ResultsJson.Write(TwoPatients(), path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;

        Assert.Equal("lutetia-results/2", root.GetProperty("format").GetString());
        Assert.Equal(2, root.GetProperty("patients").GetProperty("screened").GetInt32());
        Assert.Equal(1, root.GetProperty("patients").GetProperty("excluded").GetProperty("non_small_intestinal").GetInt32());
        var orr = root.GetProperty("rates").GetProperty("mm_orr");
        Assert.Equal((1, 1, 100.0), (orr.GetProperty("n").GetInt32(), orr.GetProperty("of").GetInt32(), orr.GetProperty("percent").GetDouble()));
        Assert.Equal(2.5, orr.GetProperty("ci95")[0].GetDouble(), 9);
        var cga = root.GetProperty("rates").GetProperty("cga_response");
        Assert.Equal(JsonValueKind.Null, cga.GetProperty("ci95").ValueKind);
        var os = root.GetProperty("survival").GetProperty("os");
        Assert.Equal((1, 0), (os.GetProperty("n").GetInt32(), os.GetProperty("events").GetInt32()));
        Assert.Equal(JsonValueKind.Null, os.GetProperty("median_months").ValueKind);
        Assert.Equal("central_first", root.GetProperty("parameters").GetProperty("reader_policy").GetString());
        Assert.Equal(20, root.GetProperty("parameters").GetProperty("mm_min_short_axis_mm").GetInt32());
    }
}
