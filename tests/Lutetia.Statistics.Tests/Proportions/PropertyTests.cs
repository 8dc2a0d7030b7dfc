using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Statistics.Agreement;
using Lutetia.Statistics.Descriptive;
using Lutetia.Statistics.Proportions;
using Lutetia.Statistics.SampleSize;

namespace Lutetia.Statistics.Tests.Proportions;

public sealed class PropertyTests
{
    private static Arbitrary<(int X, int N)> Counts() =>
        (from n in Gen.Choose(1, 2000)
         from x in Gen.Choose(0, n)
         select (x, n)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Both_intervals_hold_the_observed_proportion_within_zero_and_one() =>
        Prop.ForAll(Counts(), Gen.Elements(0.8, 0.9, 0.95, 0.99).ToArbitrary(), (c, level) =>
        {
            double estimate = (double)c.X / c.N;
            var exact = BinomialInterval.ClopperPearson(c.X, c.N, level);
            var wilson = BinomialInterval.Wilson(c.X, c.N, level);
            return 0 <= exact.Lower && exact.Lower <= estimate && estimate <= exact.Upper && exact.Upper <= 1
                && 0 <= wilson.Lower && wilson.Lower <= estimate && estimate <= wilson.Upper && wilson.Upper <= 1;
        });

    [Property(MaxTest = 200)]
    public Property One_more_success_raises_the_exact_lower_limit_and_one_fewer_lowers_the_upper() =>
        Prop.ForAll(Counts(), c =>
        {
            var interval = BinomialInterval.ClopperPearson(c.X, c.N);
            bool lowerRises = c.X == c.N || BinomialInterval.ClopperPearson(c.X + 1, c.N).Lower > interval.Lower;
            bool upperFalls = c.X == 0 || BinomialInterval.ClopperPearson(c.X - 1, c.N).Upper < interval.Upper;
            return lowerRises && upperFalls;
        });

    [Property(MaxTest = 60)]
    public Property Every_exact_design_keeps_its_alpha_and_reaches_its_power() =>
        Prop.ForAll(Gen.Choose(1, 19).ToArbitrary(), Gen.Choose(1, 19).ToArbitrary(), Gen.Elements(1, 2).ToArbitrary(), (a, b, sides) =>
        {
            if (a == b)
                return true;
            var assumptions = new SingleArmAssumptions(a / 20.0, b / 20.0, 0.05, 0.8, sides);
            var design = SingleArmSampleSize.Exact(assumptions);
            return design.ActualAlpha <= 0.05 + 1e-15 && design.ActualPower >= 0.8
                && design.Rejection == (b > a ? RejectionRegion.AtLeast : RejectionRegion.AtMost);
        });

    [Property(MaxTest = 200)]
    public Property Kappa_does_not_depend_on_which_rater_is_first() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 12), 9).ToArbitrary(), Gen.Elements(Enum.GetValues<KappaWeighting>()).ToArbitrary(), (cells, weighting) =>
        {
            if (cells.Sum() == 0)
                return true;
            var table = new int[3, 3];
            var swapped = new int[3, 3];
            for (int i = 0; i < 9; i++)
            {
                table[i / 3, i % 3] = cells[i];
                swapped[i % 3, i / 3] = cells[i];
            }
            var one = CohenKappa.FromTable(table, weighting);
            var other = CohenKappa.FromTable(swapped, weighting);
            return one.Kappa is null ? other.Kappa is null
                : Math.Abs(one.Kappa.Value - other.Kappa!.Value) < 1e-12 && Math.Abs(one.StandardError!.Value - other.StandardError!.Value) < 1e-12;
        });

    [Property(MaxTest = 200)]
    public Property Type_7_quantiles_rise_with_the_probability_and_stay_within_the_range() =>
        Prop.ForAll(Gen.NonEmptyListOf(Gen.Choose(-1000, 1000)).ToArbitrary(), values =>
        {
            var sorted = values.Select(v => v / 8.0).Order().ToArray();
            double previous = double.NegativeInfinity;
            for (int step = 0; step <= 20; step++)
            {
                double q = Quantiles.Type7(sorted, step / 20.0);
                if (q < previous || q < sorted[0] || q > sorted[^1])
                    return false;
                previous = q;
            }
            return true;
        });
}
