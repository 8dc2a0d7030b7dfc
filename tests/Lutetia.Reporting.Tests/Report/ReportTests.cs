using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Lutetia.Analysis;
using Lutetia.Intake;
using Lutetia.Reporting.Report;

namespace Lutetia.Reporting.Tests.Report;

/// <summary>The MesenLuth report of the twin: the paper's figures in the tables, in HTML, xlsx and docx alike.</summary>
public sealed class ReportTests : IDisposable
{
    private static readonly Lazy<StudyResults> Twin = new(() => StudyAnalysis.Analyze(
        CohortReader.ReadValid(Path.Combine(AppContext.BaseDirectory, "twin"), new DateOnly(2026, 1, 1)), MesenLuthParameters.Published));

    private readonly string _folder = Directory.CreateTempSubdirectory("lutetia-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Value(string table, string label) =>
        ReportTables.All(Twin.Value).Single(t => t.Id == table).Rows.First(r => r.Label == label).Value!;

    [Theory]
    [InlineData("table1", "Women", "24 (46 %)")]
    [InlineData("table1", "Age at first PRRT (years), median (range)", "70 (47–89)")]
    [InlineData("table1", "Unresectable", "32 of 49 known (65 %)")]
    [InlineData("table2", "MM objective response (MesenLuth MM rule)", "2/52 (4 %; 95 % CI 0.5–13.2)")]
    [InlineData("table2", "Median follow-up after the last cycle", "30.2")]
    [InlineData("table2", "Median Non-MM PFS (34 events)", "50.3 (95 % CI 38.2–61.7)")]
    [InlineData("table2", "Median overall survival (27 events)", "55.0 (95 % CI 39.5–80.8)")]
    [InlineData("table2", "Median MM-related PFS (7 events)", "not reached")]
    [InlineData("table3", "Renal insufficiency", "2 (4 %)")]
    public void The_tables_print_the_papers_figures_rounded_as_the_paper(string table, string label, string value) =>
        Assert.Equal(value, Value(table, label));

    [Fact]
    public void The_report_folder_holds_every_file_and_the_html_needs_nothing_from_elsewhere()
    {
        var report = ReportWriter.Write(Twin.Value, _folder, "the twin");

        var html = File.ReadAllText(report);
        Assert.Equal(5, CountOf(html, "<figure "));
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("patient-TWIN-001", html, StringComparison.Ordinal);
        Assert.Contains("Sample size:", html, StringComparison.Ordinal);
        foreach (var name in new[] { "flow", "figure2-pfs", "overall-survival", "waterfall", "swimmer" })
        {
            XDocument.Parse(File.ReadAllText(Path.Combine(_folder, "figures", name + ".svg")));
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(_folder, "figures", name + ".png"))[..4]);
        }
    }

    [Fact]
    public void Tables_xlsx_and_docx_hold_the_same_tables_as_the_report()
    {
        ReportWriter.Write(Twin.Value, _folder, "the twin");

        using (var workbook = SpreadsheetDocument.Open(Path.Combine(_folder, "tables.xlsx"), false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToArray();
            Assert.Equal(["table1", "table2", "table3"], sheets);
            var text = string.Concat(workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text));
            Assert.Contains("50.3 (95 % CI 38.2–61.7)", text, StringComparison.Ordinal);
        }
        using var document = WordprocessingDocument.Open(Path.Combine(_folder, "tables.docx"), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal(3, body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
        Assert.Contains("Table 2. Effectiveness of PRRT in the 52 included patients", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("32 of 49 known (65 %)", body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cohort_where_everyone_is_excluded_still_gets_its_flow_diagram_and_empty_tables()
    {
        var cohort = CohortReader.ReadValid(Path.Combine(AppContext.BaseDirectory, "twin"), new DateOnly(2026, 1, 1));
        var excluded = cohort with { Patients = cohort.Patients.Select(p => p with { PriorPrrt = true }).ToArray() };
        var results = StudyAnalysis.Analyze(excluded, MesenLuthParameters.Published);

        var report = ReportWriter.Write(results, _folder, "everyone excluded");

        Assert.Empty(results.Included);
        Assert.Equal(["flow.png", "flow.svg"], Directory.GetFiles(Path.Combine(_folder, "figures")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Table 1. Characteristics of the 0 included patients", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_study_with_no_patient_yet_gets_a_flow_diagram_of_zeros()
    {
        var results = StudyAnalysis.Analyze(new Lutetia.Domain.Cohort(), MesenLuthParameters.Published);

        var figure = Assert.Single(ReportFigures.All(results));

        Assert.Equal("flow", figure.Name);
        Assert.Contains("(n\u00A0=\u00A00)", figure.Figure.RenderSvg(), StringComparison.Ordinal); // the diagram keeps "(n = 0)" on one line with no-break spaces
    }

    [Fact]
    public void The_methods_paragraph_follows_the_parameters_used()
    {
        var changed = MesenLuthParameters.Published with { ReaderPolicy = ReaderPolicy.Local, DuringPrrtDays = 60 };

        var text = MethodsText.Methods(changed);

        Assert.Contains("its local read only", text, StringComparison.Ordinal);
        Assert.Contains("up to 60 days after the last cycle", text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
