namespace Lutetia.Workflow.Tests;

public sealed class ResultTests
{
    private static Result<int> Half(int n) => n % 2 == 0 ? n / 2 : Refusal.Invalid($"{n} is odd", new FieldProblem("n", "give an even number"));

    [Fact]
    public void A_value_or_a_refusal_never_both()
    {
        Assert.Equal(2, Half(4).Value);
        var odd = Half(3);
        Assert.False(odd.Succeeded);
        Assert.Equal(RefusalKind.Invalid, odd.Refusal!.Kind);
        Assert.Equal("n", Assert.Single(odd.Refusal.Fields).Field);
        Assert.Throws<InvalidOperationException>(() => odd.Value);
    }

    [Fact]
    public void Map_keeps_the_refusal_and_maps_the_value()
    {
        Assert.Equal("2", Half(4).Map(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);
        Assert.Equal("3 is odd", Half(3).Map(v => v + 1).Refusal?.Message);
        Assert.True(Half(4).WithoutValue().Succeeded);
        Assert.False(Half(3).WithoutValue().Succeeded);
    }
}
