using System.Text;

namespace Lutetia.Intake.Tests;

/// <summary>Files that are not well-formed CSV get a located, readable problem — never an exception.</summary>
public sealed class MalformedFileTests
{
    private static Problem SingleError(TestCohort cohort)
    {
        using var folder = new TemporaryFolder();
        var result = cohort.Read(folder);
        Assert.Null(result.Cohort);
        Assert.True(result.Problems.ErrorCount == 1, string.Join("\n", result.Problems.Errors));
        return result.Problems.Errors[0];
    }

    [Fact]
    public void An_unbalanced_quote_is_reported_at_the_row_where_it_opens()
    {
        var problem = SingleError(new TestCohort().Raw("labs.csv",
            "patient_id,date,test,value,uln\nP1,2015-12-20,cga,450,100\nP1,\"2016-09-01,cga,150,100\n"));

        Assert.Equal(("labs.csv", 3, "csv_syntax"), (problem.File, problem.Row, problem.Rule));
        Assert.Contains("never closes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_quote_inside_a_value_is_reported()
    {
        var problem = SingleError(new TestCohort().Raw("centers.csv", "center_id,name\nC1,Centre \"one\"\nC2,Two\n"));

        Assert.Equal(("centers.csv", 2, "csv_syntax"), (problem.File, problem.Row, problem.Rule));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported()
    {
        var problem = SingleError(new TestCohort().Raw("centers.csv", "center_id,name\nC1,\"Centre\" one\nC2,Two\n"));

        Assert.Equal(("centers.csv", 2, "csv_syntax"), (problem.File, problem.Row, problem.Rule));
    }

    [Fact]
    public void A_byte_that_is_not_utf8_is_reported_with_its_row_and_field()
    {
        var latin1 = Encoding.Latin1.GetBytes("center_id,name\nC1,Hôpital Nord\nC2,Two\n");
        var problem = SingleError(new TestCohort().Raw("centers.csv", latin1));

        Assert.Equal(("centers.csv", 2, "encoding"), (problem.File, problem.Row, problem.Rule));
        Assert.Contains("field 2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_only_file_is_valid_for_a_table_that_may_be_empty()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort().Raw("complications.csv", "patient_id,date,type,corticosteroids\n").Read(folder);

        Assert.Empty(result.Problems.Errors);
        Assert.Empty(result.Cohort!.Complications);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        using var folder = new TemporaryFolder();
        var cohort = new TestCohort();
        var text = cohort.Text("centers").Replace("\n", "\r\n", StringComparison.Ordinal);
        var result = cohort.Raw("centers.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]).Read(folder);

        Assert.Empty(result.Problems.Errors);
        Assert.Equal("C1", result.Cohort!.Centers[0].Id.Value);
        Assert.Equal("Centre two, Lyon", result.Cohort.Centers[1].Name);
    }

    [Fact]
    public void Quoted_values_may_hold_commas_escaped_quotes_and_accents()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort()
            .Raw("centers.csv", "center_id,name\nC1,\"Hôpital \"\"Nord\"\", Marseille\"\nC2,Two\n")
            .Read(folder);

        Assert.Empty(result.Problems.Errors);
        Assert.Equal("Hôpital \"Nord\", Marseille", result.Cohort!.Centers[0].Name);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_in_row_numbers()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort()
            .Raw("labs.csv", "patient_id,date,test,value,uln\n\nP1,2015-12-20,cga,450,100\nP1,2016-09-01,cga,high,100\n")
            .Read(folder);

        var problem = Assert.Single(result.Problems.Errors);
        Assert.Equal((4, "value"), (problem.Row, problem.Column));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_problem()
    {
        var result = CohortReader.Read("/nonexistent/cohort", new ReadOptions(TestCohort.Today));

        Assert.Equal("cohort_not_found", Assert.Single(result.Problems.Errors).Rule);
    }

    [Fact]
    public void A_file_that_is_neither_a_folder_nor_a_workbook_is_a_clear_problem()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("cohort.txt"), "hello");

        var result = CohortReader.Read(folder.File("cohort.txt"), new ReadOptions(TestCohort.Today));

        Assert.Equal("cohort_form", Assert.Single(result.Problems.Errors).Rule);
    }

    [Fact]
    public void Files_that_are_not_csv_are_ignored()
    {
        using var folder = new TemporaryFolder();
        var result = new TestCohort().Raw("README.md", "# synthetic").Read(folder);

        Assert.Empty(result.Problems.Errors);
    }

    [Fact]
    public void Problems_beyond_the_capacity_are_counted_but_not_kept()
    {
        using var folder = new TemporaryFolder();
        var cohort = new TestCohort();
        var lines = new StringBuilder("patient_id,date,test,value,uln\n");
        for (var i = 0; i < ProblemList.Capacity + 5; i++)
            lines.Append("P1,2015-12-20,cga,x,100\n");

        var result = cohort.Raw("labs.csv", lines.ToString()).Read(folder);

        Assert.Equal(ProblemList.Capacity + 5, result.Problems.ErrorCount);
        Assert.Equal(ProblemList.Capacity, result.Problems.Errors.Count);
    }
}
