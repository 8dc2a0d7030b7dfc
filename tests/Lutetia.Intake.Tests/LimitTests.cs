using System.IO.Compression;

namespace Lutetia.Intake.Tests;

/// <summary>Every limit of <see cref="IntakeLimits"/>: a located, readable refusal, and no cohort (docs/security.md, Input limits and output safety).</summary>
public sealed class LimitTests
{
    private static IntakeResult Read(string path) => CohortReader.Read(path, new ReadOptions(TestCohort.Today));

    private static Problem Refused(IntakeResult result, string rule)
    {
        Assert.Null(result.Cohort);
        return Assert.Single(result.Problems.Errors, p => p.Rule == rule);
    }

    [Fact]
    public void A_csv_row_longer_than_the_record_limit_is_refused_at_its_row()
    {
        using var folder = new TemporaryFolder();
        var problem = Refused(Read(HostileFiles.LongLineCohort(folder, 3L << 20)), "csv_syntax");

        Assert.Equal(("centers.csv", 2), (problem.File, problem.Row));
        Assert.Contains("longer than 1,048,576 bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_centre_name_longer_than_its_declared_200_characters_is_refused_and_echoed_cut()
    {
        using var folder = new TemporaryFolder();
        var problem = Refused(new TestCohort().Set("centers", 2, "name", new string('x', 201)).Read(folder), "length");

        Assert.Equal(("centers.csv", 2, "name"), (problem.File, problem.Row, problem.Column));
        Assert.Contains("name has 201 characters; at most 200", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new string('x', IntakeLimits.MaximumEchoedCharacters) + "…", problem.Value);
        Assert.Equal(200, CohortFormat.Table("centers")!.Column("name")!.MaximumLength);
    }

    [Fact]
    public void A_200_character_centre_name_is_accepted()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort().Set("centers", 2, "name", new string('x', 200)).Read(folder);

        Assert.Empty(result.Problems.Errors);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+33 1 42 00 00 00")]
    [InlineData("-Lyon")]
    [InlineData("@SUM(A1:A9)")]
    public void A_centre_name_a_spreadsheet_would_run_as_a_formula_is_refused(string name)
    {
        using var folder = new TemporaryFolder();
        var problem = Refused(new TestCohort().Set("centers", 2, "name", name).Read(folder), "text");

        Assert.Equal(("centers.csv", 2, "name"), (problem.File, problem.Row, problem.Column));
        Assert.Contains("a spreadsheet reads as the start of a formula", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lyon\u0001")]
    [InlineData("Lyon\tSud")]
    [InlineData("Ly\u0085on")]
    public void A_centre_name_with_a_control_character_is_refused(string name)
    {
        using var folder = new TemporaryFolder();
        var problem = Refused(new TestCohort().Set("centers", 2, "name", name).Read(folder), "text");

        Assert.Contains("control character", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_strings_over_the_total_character_limit_are_refused_before_they_are_held()
    {
        using var folder = new TemporaryFolder();
        var path = HostileFiles.SharedStringsBomb(folder, count: 40_000, length: 1000);

        var problem = Refused(Read(path), "workbook_limit");

        Assert.Equal("[bomb.xlsx]", problem.File);
        Assert.Contains("more than 32,000,000 characters", problem.Message, StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length < 1 << 20, "the bomb is small compressed");
    }

    [Fact]
    public void A_shared_string_longer_than_a_cell_may_be_is_refused()
    {
        using var folder = new TemporaryFolder();
        var problem = Refused(Read(HostileFiles.SharedStringsBomb(folder, count: 3, length: IntakeLimits.MaximumCellCharacters + 1)), "workbook_limit");

        Assert.Contains("string 1 of the workbook's shared-string table is longer than 4,000 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_that_expands_beyond_the_extraction_limit_is_refused_from_its_headers()
    {
        using var folder = new TemporaryFolder();
        var path = HostileFiles.SharedStringsBomb(folder, count: 300_000, length: 1000);

        var problem = Refused(Read(path), "archive_limit");

        Assert.Equal("bomb.xlsx", problem.File);
        Assert.Contains("xl/sharedStrings.xml expands to", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_part_read_whole_over_its_limit_is_refused_from_its_headers()
    {
        using var folder = new TemporaryFolder();
        var path = HostileFiles.ValidWorkbook(folder.File("cohort.xlsx"));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var styles = zip.GetEntry("xl/styles.xml")!;
            string xml;
            using (var reader = new StreamReader(styles.Open()))
                xml = reader.ReadToEnd();
            styles.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/styles.xml", CompressionLevel.Fastest).Open());
            writer.Write(xml.Replace("</x:styleSheet>", "<!--" + new string('c', (int)IntakeLimits.MaximumWholePartBytes) + "--></x:styleSheet>", StringComparison.Ordinal)
                .Replace("</styleSheet>", "<!--" + new string('c', (int)IntakeLimits.MaximumWholePartBytes) + "--></styleSheet>", StringComparison.Ordinal));
        }

        var problem = Refused(Read(path), "archive_limit");

        Assert.Contains("xl/styles.xml expands to", problem.Message, StringComparison.Ordinal);
        Assert.Contains("at most 16,777,216 are read", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_cell_over_the_cell_limit_stops_its_sheet_with_a_located_problem()
    {
        using var folder = new TemporaryFolder();
        var path = HostileFiles.ValidWorkbook(folder.File("cohort.xlsx"));
        WorkbookTests.SetCell(path, "centers", "B2", new string('x', IntakeLimits.MaximumCellCharacters + 1), number: false);

        var problem = Refused(Read(path), "length");

        Assert.Equal(("[cohort.xlsx]centers", 2, "B"), (problem.File, problem.Row, problem.Column));
    }

    [Fact]
    public void A_zip_with_too_many_entries_is_refused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("many.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            for (var i = 0; i <= IntakeLimits.MaximumArchiveEntries; i++)
                zip.CreateEntry($"f{i}.txt");
        }
        var problems = new ProblemList();

        Assert.False(CohortArchive.TryExtractCsv(path, folder.File("out"), "many.zip", problems));
        Assert.Contains("1,001 entries; at most 1,000", Assert.Single(problems.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_from_its_declared_size_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        var path = HostileFiles.ZipBomb(folder, IntakeLimits.MaximumExtractedBytes + 1);
        var problems = new ProblemList();

        Assert.False(CohortArchive.TryExtractCsv(path, folder.File("out"), "bomb.zip", problems));
        Assert.Contains("centers.csv expands to 268,435,457 bytes", Assert.Single(problems.Errors).Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")) && Directory.EnumerateFiles(folder.File("out")).Any());
    }

    [Fact]
    public void A_zip_bomb_that_lies_in_its_headers_is_stopped_at_the_size_it_declares()
    {
        using var folder = new TemporaryFolder();
        var path = HostileFiles.LyingZipBomb(folder, 64L << 20, claimed: 1000);
        var problems = new ProblemList();

        var extracted = CohortArchive.TryExtractCsv(path, folder.File("out"), "lying.zip", problems);

        // Either refused, or the entry read no further than its 1,000 declared bytes: never 64 MiB on disk.
        var written = Directory.Exists(folder.File("out")) ? Directory.EnumerateFiles(folder.File("out")).Sum(f => new FileInfo(f).Length) : 0;
        Assert.True(!extracted || written <= 1000, $"extracted {written} bytes: {string.Join("; ", problems.Errors)}");
        Assert.True(extracted || problems.Errors.Count == 1);
    }

    [Fact]
    public void A_zip_entry_path_cannot_leave_the_extraction_folder()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("travel.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("../../centers.csv").Open());
            writer.Write("center_id,name\n");
        }
        var problems = new ProblemList();

        CohortArchive.TryExtractCsv(path, folder.File("out"), "travel.zip", problems);

        Assert.False(File.Exists(Path.Combine(folder.Path, "centers.csv")));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(folder.Path, "..", "centers.csv"))));
    }
}
