using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lutetia.Intake.SubjectTables;

namespace Lutetia.Intake.Tests;

/// <summary>
/// The input reader of `survival` and `cox`: the cohort's CSV reader (records, lines, syntax
/// problems) and plain decimals that skip the general parser, which must read exactly what the
/// general parser reads.
/// </summary>
public sealed class CsvReadingTests
{
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property A_plain_decimal_parses_to_the_double_the_general_parser_gives()
    {
        var text = from seed in Gen.Choose(0, int.MaxValue - 1) select PlainDecimal(seed);
        return Prop.ForAll(text.ToArbitrary(), s =>
            CellNumbers.TryParsePlainDecimal(s, out var fast)
            && BitConverter.DoubleToInt64Bits(fast) == BitConverter.DoubleToInt64Bits(double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)));
    }

    private static string PlainDecimal(int seed)
    {
#pragma warning disable CA5394 // Not security: a reproducible draw from FsCheck's seed.
        var random = new Random(seed);
        var digits = new string([.. Enumerable.Range(0, random.Next(1, 16)).Select(_ => (char)('0' + random.Next(10)))]);
        var point = random.Next(0, 16);
        var negative = random.Next(2) == 0 ? "-" : "";
#pragma warning restore CA5394
        return negative + (point < digits.Length ? digits[..point] + "." + digits[point..] : digits);
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("1234567890123456")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("")]
    public void Anything_but_a_plain_decimal_is_left_to_the_general_parser(string text) =>
        Assert.False(CellNumbers.TryParsePlainDecimal(text, out _));

    [Fact]
    public void Quoted_fields_keep_commas_line_breaks_and_doubled_quotes_and_lines_are_counted()
    {
        using var records = Reader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",\"\"\nlast,", new ProblemList());
        var rows = new List<(int Line, string[] Fields)>();
        while (records.Read())
            rows.Add((records.Row, [.. Enumerable.Range(0, records.FieldCount).Select(i => records.Field(i).ToString())]));

        Assert.False(records.Failed);
        Assert.Equal([1, 2, 4, 6], rows.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], rows[1].Fields);
        Assert.Equal(["two\nlines", ""], rows[2].Fields);
        Assert.Equal(["last", ""], rows[3].Fields);
    }

    [Theory]
    [InlineData("a,b\n1,x\"y\n", "a quote stands inside a value")]
    [InlineData("a,b\n1,\"x\"y\n", "characters follow the closing quote")]
    [InlineData("a,b\n1,\"x\n", "never closes")]
    public void A_syntax_problem_stops_at_its_record_with_its_line(string text, string message)
    {
        var problems = new ProblemList();
        using var records = Reader(text, problems);
        Assert.True(records.Read());

        Assert.False(records.Read());
        Assert.True(records.Failed);
        var problem = Assert.Single(problems.Errors);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Row);
    }

    private static CsvTableReader Reader(string text, ProblemList problems) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "table.csv", problems);
}
