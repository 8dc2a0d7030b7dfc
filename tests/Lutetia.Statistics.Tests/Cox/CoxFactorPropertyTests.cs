using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Statistics.Cox;

namespace Lutetia.Statistics.Tests.Cox;

/// <summary>
/// Properties of treatment contrasts: the choice of reference reparametrises the same model, so
/// HR(b vs a) = HR(b vs c) / HR(a vs c), and the log-likelihood does not move.
/// </summary>
public sealed class CoxFactorPropertyTests
{
    private sealed record Sample(double[] Time, int[] Status, string[] Arm);

    private static Arbitrary<Sample> Samples()
    {
        var gen =
            from n in Gen.Choose(30, 80)
            from times in Gen.ArrayOf(Gen.Choose(1, 400), n)
            from arms in Gen.ArrayOf(Gen.Elements("a", "b", "c"), n)
            from censored in Gen.ArrayOf(Gen.Choose(0, 3), n)
            select new Sample([.. times.Select(t => (double)t)], [.. censored.Select(c => c == 0 ? 0 : 1)], arms);
        return Arb.From(gen.Where(s => Enough(s)));
    }

    /// <summary>Every arm has at least three events and three subjects without one, so that no HR is infinite.</summary>
    private static bool Enough(Sample s) =>
        new[] { "a", "b", "c" }.All(arm =>
            Enumerable.Range(0, s.Arm.Length).Count(i => s.Arm[i] == arm && s.Status[i] == 1) >= 3
            && Enumerable.Range(0, s.Arm.Length).Count(i => s.Arm[i] == arm && s.Status[i] == 0) >= 3);

    [Property(MaxTest = 60)]
    public Property Changing_the_reference_only_reparametrises_the_model() =>
        Prop.ForAll(Samples(), s =>
        {
            HazardRatioReport Fit(string reference) =>
                CoxHazardRatios.Report(s.Time, s.Status, [CoxTerm.Factor("arm", s.Arm, reference)], univariable: false);
            var byA = Fit("a").Multivariable;
            var byC = Fit("c").Multivariable;
            double Hr(CoxModel m, string name) => m.Coefficients.First(c => c.Name == name).HazardRatio;

            Assert.Equal(byA.LogLik, byC.LogLik, 1e-6);
            var expected = Hr(byC, "armb") / Hr(byC, "arma");
            Assert.True(Math.Abs(Hr(byA, "armb") - expected) <= 1e-6 * expected, $"{Hr(byA, "armb")} vs {expected}");
        });

    [Property(MaxTest = 60)]
    public Property Levels_hold_every_subject_and_every_event_once() =>
        Prop.ForAll(Samples(), s =>
        {
            var rows = CoxHazardRatios.Report(s.Time, s.Status, [CoxTerm.Factor("arm", s.Arm)], univariable: false).Rows;

            Assert.Equal(s.Time.Length, rows.Sum(r => r.N));
            Assert.Equal(s.Status.Sum(), rows.Sum(r => r.Events));
            Assert.Single(rows, r => r.IsReference);
        });
}
