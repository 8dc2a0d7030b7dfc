using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Lutetia.Domain;
using Lutetia.Statistics.SampleSize;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia sample-size --p0 P --p1 P [--alpha 0.05] [--power 0.8] [--sides 1|2] [--method exact|normal] [--json]</c>:
/// the size of a single-arm trial on a response rate, by A'Hern's exact design and by the normal
/// approximation, with the assumptions in a sentence a protocol can quote (docs/sample-size.md).
/// </summary>
public static class SampleSizeCommand
{
    public static Command Create(CliConsole console)
    {
        var p0 = Probability("--p0", "Response rate under the null hypothesis, e.g. 0.20", null);
        var p1 = Probability("--p1", "Response rate under the alternative (above or below --p0), e.g. 0.05", null);
        var alpha = Probability("--alpha", "Type I error, in total over the sides", 0.05);
        var power = Probability("--power", "Power to detect --p1", 0.8);
        var sides = new Option<int>("--sides") { Description = "1 for a one-sided test, 2 for a two-sided one (alpha split between the tails)", DefaultValueFactory = _ => 1 };
        sides.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is not (1 or 2))
                result.AddError("--sides must be 1 or 2");
        });
        var method = new Option<string>("--method") { Description = "The design --json reports and the protocol sentence leads with", DefaultValueFactory = _ => "exact" };
        method.AcceptOnlyFromAmong("exact", "normal");
        var json = new Option<bool>("--json") { Description = "Write the design as JSON (lutetia-sample-size/1) on stdout" };
        var command = new Command("sample-size", "Size a single-arm trial on a response rate: exact binomial design (A'Hern) and normal approximation")
        {
            p0, p1, alpha, power, sides, method, json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(p0), parse.GetValue(p1), parse.GetValue(alpha), parse.GetValue(power),
            parse.GetValue(sides), parse.GetValue(method) == "normal", parse.GetValue(json)));
        return command;
    }

    /// <summary>A probability option, read in the invariant culture and checked to lie strictly between 0 and 1.</summary>
    private static Option<double> Probability(string name, string description, double? fallback)
    {
        var option = new Option<double>(name)
        {
            Description = description,
            Required = fallback is null,
            CustomParser = result => Parse(result, name),
        };
        if (fallback is { } value)
            option.DefaultValueFactory = _ => value;
        return option;
    }

    private static double Parse(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value > 0 && value < 1))
        {
            result.AddError($"{name} must be a proportion strictly between 0 and 1 written with a decimal point, e.g. 0.05; it was '{text}'");
            return double.NaN;
        }
        return value;
    }

    private static int Run(CliConsole console, double p0, double p1, double alpha, double power, int sides, bool leadWithNormal, bool json)
    {
        if (p0 == p1)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"lutetia sample-size: --p1 must differ from --p0 (both are {p0}): a design needs an alternative rate to detect."));
            return LutetiaCli.Usage;
        }
        var assumptions = new SingleArmAssumptions(p0, p1, alpha, power, sides);
        var normal = SingleArmSampleSize.Normal(assumptions);
        var attempt = SingleArmSampleSize.TryExact(assumptions);
        var exact = attempt.Succeeded ? attempt.Value : null;
        var exactProblem = attempt.Problem?.Message;
        if (exact is null && !leadWithNormal)
        {
            console.Error.WriteLine($"lutetia sample-size: {exactProblem} Or ask for --method normal.");
            return LutetiaCli.Usage;
        }
        if (json)
            console.Out.WriteLine(Json(assumptions, leadWithNormal ? normal : null, leadWithNormal ? null : exact));
        else
            WriteText(console.Out, normal, exact, exactProblem, leadWithNormal);
        return LutetiaCli.Success;
    }

    /// <summary>lutetia-sample-size/1 (outputs.md): the assumptions, then the one design asked for, numbers unrounded.</summary>
    private static string Json(SingleArmAssumptions a, NormalSingleArmDesign? normal, ExactSingleArmDesign? exact)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", "lutetia-sample-size/1");
            writer.WriteString("method", exact is null ? "normal" : "exact");
            writer.WriteNumber("p0", a.P0);
            writer.WriteNumber("p1", a.P1);
            writer.WriteNumber("alpha", a.Alpha);
            writer.WriteNumber("power", a.Power);
            writer.WriteNumber("sides", a.Sides);
            if (exact is not null)
            {
                writer.WriteNumber("n", exact.N);
                writer.WriteNumber(exact.Rejection == RejectionRegion.AtLeast ? "reject_if_at_least" : "reject_if_at_most", exact.Threshold);
                writer.WriteNumber("actual_alpha", exact.ActualAlpha);
                writer.WriteNumber("actual_power", exact.ActualPower);
            }
            else if (normal is not null)
            {
                writer.WriteNumber("n", normal.N);
                writer.WriteNumber("n_unrounded", normal.UnroundedN);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Both designs, then the assumptions and the chosen design in a sentence a protocol can quote.</summary>
    private static void WriteText(TextWriter output, NormalSingleArmDesign normal, ExactSingleArmDesign? exact, string? exactProblem, bool leadWithNormal)
    {
        var a = normal.Assumptions;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Single-arm design on a response rate: {Percent(a.P0)} under the null hypothesis against {Percent(a.P1)} under the alternative, {Sidedness(a)} alpha {a.Alpha}, power {a.Power}."));
        output.WriteLine(string.Create(c, $"  Exact binomial (A'Hern 2001):  {(exact is null ? $"not computed — {exactProblem}" : $"{exact.N} patients, {Rule(exact)} (actual alpha {exact.ActualAlpha:0.0000}, actual power {exact.ActualPower:0.000})")}"));
        output.WriteLine(string.Create(c, $"  Normal approximation:          {normal.N} patients (n = {normal.UnroundedN:0.0}, rounded up)"));
        output.WriteLine();
        string normalClause = string.Create(c, $"{normal.N} patients by the normal approximation to the binomial (n = {normal.UnroundedN:0.0}, rounded up)");
        string exactClause = exact is null ? "" : string.Create(c,
            $"{exact.N} patients by an exact single-stage binomial design (A'Hern 2001), {Rule(exact)} (actual alpha {exact.ActualAlpha:0.000}, actual power {exact.ActualPower:0.000})");
        string design = exact is null ? normalClause
            : leadWithNormal ? $"{normalClause}; {exactClause}" : $"{exactClause}; {normalClause}";
        output.WriteLine(string.Create(c,
            $"Protocol wording: \"Assuming a response rate of {Percent(a.P0)} under the null hypothesis and of {Percent(a.P1)} under the alternative, a {Sidedness(a)} test at an alpha of {a.Alpha} with {Percent(a.Power)} power requires {design}.\""));
    }

    private static string Rule(ExactSingleArmDesign design) => string.Create(CultureInfo.InvariantCulture,
        $"the null hypothesis being rejected if {(design.Rejection == RejectionRegion.AtLeast ? "at least" : "at most")} {design.Threshold} patient{(design.Threshold == 1 ? "" : "s")} respond");

    private static string Sidedness(SingleArmAssumptions a) => a.Sides == 2 ? "two-sided" : "one-sided";

    private static string Percent(double proportion) => string.Create(CultureInfo.InvariantCulture, $"{proportion * 100:0.##} %");
}
