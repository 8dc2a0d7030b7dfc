using Lutetia.Analysis;
using Lutetia.Intake;
using Lutetia.Reporting.Exports;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>The typed view every export is written from, and the atomic writing of an export's files.</summary>
public sealed class ExportDatasetTests
{
    [Fact]
    public void Every_table_and_column_of_the_cohort_format_is_exported_in_the_formats_order_then_the_endpoints()
    {
        var dataset = ExportSamples.Dataset;

        Assert.Equal([.. CohortFormat.Tables.Select(t => t.Name), "endpoints"], dataset.Tables.Select(t => t.Name));
        foreach (var spec in CohortFormat.Tables)
        {
            var table = dataset.Table(spec.Name);
            Assert.Equal(spec.Columns.Select(c => (c.Name, c.Kind, c.Required)), table.Columns.Select(c => (c.Name, c.Kind, c.Required)));
            Assert.All(table.Columns, c => Assert.Equal(spec.Column(c.Name)!.Codes, c.Codes));
        }
        Assert.Equal(EndpointsCsv.Columns, dataset.Table("endpoints").Columns.Select(c => c.Name));
        Assert.Equal(ExportSamples.Cohort.Measurements.Count, dataset.Table("measurements").Rows.Count);
    }

    [Fact]
    public void Every_column_has_a_label_and_every_code_a_label_of_its_own()
    {
        foreach (var table in ExportSamples.Dataset.Tables)
        {
            foreach (var column in table.Columns)
            {
                Assert.False(string.IsNullOrWhiteSpace(column.Label));
                Assert.Equal(column.Codes.Count, column.CodeLabels.Count);
                Assert.True(column.CodeLabels.Distinct().Count() == column.CodeLabels.Count, $"{table.Name}.{column.Name}: two codes share a label");
                Assert.Equal(column.Kind == FieldKind.Enumeration, column.Codes.Count > 0);
            }
        }
    }

    [Theory]
    [InlineData("small_intestine", "Small intestine")]
    [InlineData("srs_111in", "111In-octreotide scintigraphy (SRS)")]
    [InlineData("non_cr_non_pd", "Non-CR/non-PD")]
    [InlineData("iiilow", "IIIlow")]
    public void Codes_read_as_a_clinician_writes_them(string code, string label)
    {
        var column = ExportSamples.Dataset.Tables.SelectMany(t => t.Columns).First(c => c.Codes.Contains(code));

        Assert.Equal(label, column.CodeLabels[column.CodeNumber(code) - 1]);
    }

    [Fact]
    public void A_value_that_is_not_a_code_is_refused_with_the_codes_it_may_take()
    {
        var sex = ExportSamples.Dataset.Table("patients").Columns.Single(c => c.Name == "sex");

        var error = Assert.Throws<ArgumentException>(() => sex.CodeNumber("f"));

        Assert.Contains("\"f\" is not a code of sex (the codes are female, male)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoints_of_another_cohort_are_refused()
    {
        var other = SyntheticCohort.Generate(new SynthesisOptions(3, Seed: 99));
        var endpoints = StudyAnalysis.Analyze(other, MesenLuthParameters.Published);
        var cohort = ExportSamples.Cohort with { Patients = ExportSamples.Cohort.Patients.Take(2).ToArray() };

        var error = Assert.Throws<ArgumentException>(() => ExportDataset.From(cohort, endpoints));

        Assert.Contains("who is not in the cohort", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportFormat.R, "load.R", 14)]
    [InlineData(ExportFormat.Spss, "load.sps", 14)]
    [InlineData(ExportFormat.Odm, "odm.xml", 1)]
    public void Each_format_gives_its_files(ExportFormat format, string last, int count)
    {
        var files = Exporter.Files(format, ExportSamples.Dataset, ExportSamples.Options);

        Assert.Equal(count, files.Count);
        Assert.Equal(last, files[^1].Name);
    }

    [Fact]
    public void Writing_leaves_every_file_complete_and_no_temporary_file()
    {
        using var folder = new ExportFolder();

        var written = Exporter.Write(RExport.Files(ExportSamples.Dataset), folder.File("r"));

        Assert.Equal(14, written.Count);
        Assert.Empty(Directory.GetFiles(folder.File("r"), "*.tmp"));
        Assert.Equal(RExport.Files(ExportSamples.Dataset)[1].ReadText(), File.ReadAllText(folder.File("r/patients.csv")));
    }

    [Theory]
    [InlineData("../escape.csv")]
    [InlineData("sub/file.csv")]
    [InlineData("")]
    [InlineData("..")]
    public void A_file_name_with_a_folder_in_it_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new ExportFile(name, "x\n"));

    [Fact]
    public void A_file_that_cannot_be_written_leaves_no_file_of_the_export_behind()
    {
        using var folder = new ExportFolder();
        Directory.CreateDirectory(folder.File("b.csv.tmp"));
        ExportFile[] files = [new("a.csv", "x\n"), new("b.csv", "y\n")];

        Assert.Throws<UnauthorizedAccessException>(() => Exporter.Write(files, folder.Path));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void The_zip_holds_every_file_with_its_text_and_the_same_export_gives_the_same_bytes()
    {
        var files = SpssExport.Files(ExportSamples.Dataset);
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        Exporter.WriteZip(files, first, ExportSamples.CreatedAt);
        Exporter.WriteZip(files, second, ExportSamples.CreatedAt);

        Assert.Equal(first.ToArray(), second.ToArray());
        first.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(first, System.IO.Compression.ZipArchiveMode.Read);
        Assert.Equal(files.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(zip.GetEntry("load.sps")!.Open());
        Assert.Equal(files[^1].ReadText(), reader.ReadToEnd());
    }
}
