using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Domain;

namespace Lutetia.Domain.Tests;

public sealed class CodesTests
{
    [Theory]
    [InlineData(PrimarySite.SmallIntestine, "small_intestine")]
    [InlineData(SmaStage.IIILow, "iiilow")]
    [InlineData(SmaStage.IIIUp, "iiiup")]
    [InlineData(Modality.Srs111In, "srs_111in")]
    [InlineData(Modality.Pet68Ga, "pet_68ga")]
    [InlineData(DeathCause.NetNotMm, "net_not_mm")]
    [InlineData(NonTargetStatus.UnequivocalProgression, "unequivocal_progression")]
    public void Members_have_the_codes_of_the_cohort_format(object member, string code)
    {
        var text = member switch
        {
            PrimarySite p => Codes<PrimarySite>.ToCode(p),
            SmaStage s => Codes<SmaStage>.ToCode(s),
            Modality m => Codes<Modality>.ToCode(m),
            DeathCause d => Codes<DeathCause>.ToCode(d),
            NonTargetStatus n => Codes<NonTargetStatus>.ToCode(n),
            _ => throw new ArgumentException("unexpected member"),
        };
        Assert.Equal(code, text);
    }

    [Property]
    public Property Every_code_parses_back_whatever_its_case_and_surrounding_spaces() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<LesionSite>()).ToArbitrary(), Gen.Elements(" ", "", "\t").ToArbitrary(), (site, pad) =>
        {
            var code = Codes<LesionSite>.ToCode(site);
            return Codes<LesionSite>.TryParse(pad + code.ToUpperInvariant() + pad, out var parsed) && parsed == site;
        });

    [Fact]
    public void An_unknown_code_does_not_parse()
    {
        Assert.False(Codes<Sex>.TryParse("f", out _));
        Assert.False(Codes<Sex>.TryParse("", out _));
    }

    [Fact]
    public void The_codes_are_listed_in_the_order_of_the_specification()
    {
        Assert.Equal(["i", "ii", "iiilow", "iiiup", "iv"], Codes<SmaStage>.All);
        Assert.Equal("female or male", Codes<Sex>.Listing());
    }
}
