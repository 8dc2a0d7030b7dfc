namespace Lutetia.Domain.Tests;

/// <summary>CSV for people never holds a live formula, and XML exports never hold a character XML forbids.</summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+33 1 42", "'+33 1 42")]
    [InlineData("-Lyon", "'-Lyon")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-", "'-")]
    [InlineData("-1e", "'-1e")]
    [InlineData("- 1", "'- 1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_written_after_an_apostrophe(string cell, string expected) =>
        Assert.Equal(expected, CsvCell.EscapeForPeople(cell));

    [Theory]
    [InlineData("-1.5")]
    [InlineData("+3")]
    [InlineData("-2E-5")]
    [InlineData("-0.25e+3")]
    [InlineData("-.5")]
    [InlineData("2019-03-04")]
    [InlineData("Lyon")]
    [InlineData("a=b")]
    [InlineData("'s-Hertogenbosch")]
    [InlineData(null)]
    [InlineData("")]
    public void Numbers_dates_and_ordinary_text_are_written_as_they_are(string? cell) =>
        Assert.Equal(CsvCell.Escape(cell), CsvCell.EscapeForPeople(cell));

    [Theory]
    [InlineData("Nantes", "Nantes")]
    [InlineData("Nan\u0001tes\u0007", "Nan\uFFFDtes\uFFFD")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD")]
    public void Characters_xml_forbids_are_replaced_and_the_rest_kept(string text, string expected) =>
        Assert.Equal(expected, XmlSafeText.Of(text));

    [Fact]
    public void A_lone_surrogate_is_replaced() =>
        Assert.Equal("lone \uFFFD surrogate", XmlSafeText.Of("lone " + (char)0xD800 + " surrogate"));
}
