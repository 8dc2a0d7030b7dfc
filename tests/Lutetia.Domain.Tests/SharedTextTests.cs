namespace Lutetia.Domain.Tests;

/// <summary>The one spelling of a CSV cell and of a library's refusal that every layer uses.</summary>
public sealed class SharedTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("C1", "C1")]
    [InlineData("Centre two, Lyon", "\"Centre two, Lyon\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void A_cell_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string? cell, string expected) =>
        Assert.Equal(expected, CsvCell.Escape(cell));

    [Fact]
    public void A_refusal_reads_without_the_parameter_suffix_dotnet_appends()
    {
        Assert.Equal("Lesion L2 is measured twice in read R3.", new ArgumentException("Lesion L2 is measured twice in read R3.", "reads").Plain());
        Assert.Equal("No parameter here.", new ArgumentException("No parameter here.").Plain());
    }

    [Theory]
    [InlineData("SmallIntestine", "small_intestine")]
    [InlineData("Ki67Percent", "ki67_percent")]
    [InlineData("CenterId", "center_id")]
    public void A_csharp_name_is_spelt_as_the_format_spells_it(string name, string expected) =>
        Assert.Equal(expected, Naming.SnakeCase(name));
}
