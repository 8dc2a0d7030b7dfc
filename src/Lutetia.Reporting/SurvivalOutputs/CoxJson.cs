using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Distributions;

namespace Lutetia.Reporting.SurvivalOutputs;

/// <summary>cox.json (outputs.md, lutetia-cox/1): what R's coxph and summary(coxph) report, numbers unrounded.</summary>
public static class CoxJson
{
    public static string TiesName(CoxTies ties) => ties switch
    {
        CoxTies.Efron => "efron",
        CoxTies.Breslow => "breslow",
        _ => throw new ArgumentOutOfRangeException(nameof(ties), ties, "Unknown ties method."),
    };

    public static byte[] Write(CoxModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return OutputNumbers.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "lutetia-cox/1");
            json.WriteString("ties", TiesName(model.Ties));
            json.WriteNumber("n", model.N);
            json.WriteNumber("events", model.Events);
            json.WriteStartArray("coefficients");
            foreach (var c in model.Coefficients)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                OutputNumbers.Write(json, "coef", c.Coef);
                OutputNumbers.Write(json, "se", c.StdErr);
                OutputNumbers.Write(json, "hr", c.HazardRatio);
                json.WriteStartArray("hr_ci95");
                OutputNumbers.WriteValue(json, c.HrLower);
                OutputNumbers.WriteValue(json, c.HrUpper);
                json.WriteEndArray();
                OutputNumbers.Write(json, "z", c.Z);
                OutputNumbers.Write(json, "p", c.P);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("loglik");
            OutputNumbers.WriteValue(json, model.LogLikNull);
            OutputNumbers.WriteValue(json, model.LogLik);
            json.WriteEndArray();
            Test(json, "lrt", model.LikelihoodRatio);
            Test(json, "wald", model.Wald);
            Test(json, "score", model.Score);
            OutputNumbers.Write(json, "concordance", model.Concordance);
            json.WriteNumber("iterations", model.Iterations);
            json.WriteEndObject();
        });
    }

    private static void Test(System.Text.Json.Utf8JsonWriter json, string name, ChiSquareTest test)
    {
        json.WriteStartObject(name);
        OutputNumbers.Write(json, "chisq", test.ChiSquare);
        json.WriteNumber("df", test.Df);
        OutputNumbers.Write(json, "p", test.P);
        json.WriteEndObject();
    }
}
