using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Resectability of the mesenteric mass (mesenluth-protocol.md, "Resectability").</summary>
public sealed class ResectabilityTests
{
    [Theory]
    [InlineData(SmaStage.IIIUp, false, false, Resectability.Unresectable)]
    [InlineData(SmaStage.IV, false, false, Resectability.Unresectable)]
    [InlineData(SmaStage.IIILow, false, false, Resectability.Resectable)]
    [InlineData(SmaStage.I, true, false, Resectability.Unresectable)]
    [InlineData(SmaStage.II, false, true, Resectability.Unresectable)]
    [InlineData(null, true, null, Resectability.Unresectable)]
    [InlineData(null, false, false, Resectability.Unknown)]
    [InlineData(SmaStage.I, null, false, Resectability.Unknown)]
    public void Any_finding_makes_the_mass_unresectable_and_all_three_must_be_known_to_call_it_resectable(
        SmaStage? stage, bool? smv, bool? fibrosis, Resectability expected)
    {
        Assert.Equal(expected, MesentericMassResectability.Assess(stage, smv, fibrosis).Status);
    }

    [Fact]
    public void The_verdict_names_every_finding()
    {
        var verdict = MesentericMassResectability.Assess(SmaStage.IV, true, false);

        Assert.Equal("unresectable: SMA stage iv (Lardière-Deguelte), proximal SMV infiltration (Bertani)", verdict.Explanation.Sentence);
    }
}
