using Lutetia.Domain;

namespace Lutetia.Domain.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("P-017", true)]
    [InlineData("SYN00001-R12", true)]
    [InlineData("a_b", true)]
    [InlineData("", false)]
    [InlineData("P 17", false)]
    [InlineData("Dupont.Jean", false)]
    [InlineData("Hélène", false)]
    public void Identifiers_are_1_to_64_letters_digits_underscores_and_dashes(string text, bool valid)
    {
        Assert.Equal(valid, Identifier.IsValid(text));
    }

    [Fact]
    public void An_identifier_of_65_characters_is_too_long()
    {
        Assert.True(Identifier.IsValid(new string('x', 64)));
        Assert.False(Identifier.IsValid(new string('x', 65)));
    }
}
