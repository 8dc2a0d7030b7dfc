using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Chromogranin A response on value / ULN (mesenluth-protocol.md, "Chromogranin A").</summary>
public sealed class ChromograninATests
{
    private static LabResult Cga(int month, decimal value, decimal uln = 100m) =>
        new(SeriesBuilder.Patient, new DateOnly(2019, month, 1), LabTest.Cga, value, uln);

    [Theory]
    [InlineData(500, 250, CgaResponse.Yes)]
    [InlineData(500, 251, CgaResponse.No)]
    [InlineData(201, 100, CgaResponse.Yes)]
    public void A_fall_to_half_the_baseline_ratio_is_a_response(int baseline, int post, CgaResponse expected)
    {
        Assert.Equal(expected, ChromograninA.Assess(Cga(1, baseline), Cga(9, post)).Response);
    }

    [Fact]
    public void Laboratories_with_different_upper_limits_are_compared_as_ratios()
    {
        var verdict = ChromograninA.Assess(Cga(1, 600m, uln: 100m), Cga(9, 60m, uln: 20m));

        Assert.Equal(CgaResponse.Yes, verdict.Response);
        Assert.Equal(3m, verdict.PostTimesUln);
    }

    [Fact]
    public void A_patient_at_exactly_2_times_the_upper_limit_is_not_elevated()
    {
        var verdict = ChromograninA.Assess(Cga(1, 200m), Cga(9, 50m));

        Assert.Null(verdict.Response);
        Assert.False(verdict.IsElevatedAtBaseline);
    }

    [Fact]
    public void No_value_after_the_last_dose_is_not_evaluable()
    {
        Assert.Equal(CgaResponse.Ne, ChromograninA.Assess(Cga(1, 500m), null).Response);
    }

    [Fact]
    public void A_zero_upper_limit_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ChromograninA.Assess(Cga(1, 500m, uln: 0m), null));
    }
}
