using System.Text.Json;

namespace Lutetia.Analysis;

/// <summary>results.json, format lutetia-results/2 (outputs.md). Numbers are never rounded; null means not reached or undefined.</summary>
public static class ResultsJson
{
    public const string Format = "lutetia-results/2";

    public static void Write(StudyResults results, string path)
    {
        ArgumentNullException.ThrowIfNull(results);
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            Write(results, json);
        });
    }

    public static void Write(StudyResults results, Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteString("protocol", "mesenluth");
        WriteParameters(results.Parameters, json);

        json.WriteStartObject("patients");
        json.WriteNumber("screened", results.Patients.Count);
        json.WriteNumber("included", results.Patients.Count(p => p.Included));
        json.WriteStartObject("excluded");
        foreach (var (reason, count) in results.Excluded)
            json.WriteNumber(Invariant.Code(reason), count);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("rates");
        foreach (var rate in results.Rates)
        {
            json.WriteStartObject(rate.Id);
            json.WriteNumber("n", rate.Rate.N);
            json.WriteNumber("of", rate.Rate.Of);
            Number(json, "percent", rate.Rate.Percent);
            if (rate.Rate.Interval is { } ci)
                Pair(json, "ci95", ci.Lower * 100, ci.Upper * 100);
            else
                json.WriteNull("ci95");
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteStartObject("survival");
        foreach (var s in results.Survival)
        {
            json.WriteStartObject(s.Id);
            json.WriteNumber("n", s.Curve.N);
            json.WriteNumber("events", s.Curve.Events);
            Number(json, "median_months", s.Median.Estimate);
            Pair(json, "ci95", s.Median.Lower, s.Median.Upper);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        Number(json, "median_follow_up_months", results.MedianFollowUpMonths);
        Number(json, "median_follow_up_reverse_km_months", results.MedianFollowUpReverseKmMonths);

        json.WriteStartObject("imaging_timing");
        foreach (var t in results.ImagingTiming)
        {
            json.WriteStartObject(t.Id);
            json.WriteNumber("n", t.N);
            Number(json, "mean", t.Mean);
            Number(json, "min", t.Minimum);
            Number(json, "max", t.Maximum);
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteStartObject("agreement");
        foreach (var a in results.Agreement)
        {
            json.WriteStartObject(a.Id);
            json.WriteNumber("pairs", a.Pairs);
            Number(json, "percent_agreement", a.PercentAgreement);
            Number(json, "kappa", a.Kappa);
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteStartObject("tables");
        Table(json, "table1", results.Table1);
        Table(json, "table3", results.Table3);
        json.WriteEndObject();

        json.WriteStartArray("problems");
        foreach (var problem in results.Problems)
            json.WriteStringValue(problem);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteParameters(MesenLuthParameters parameters, Utf8JsonWriter json)
    {
        json.WriteStartObject("parameters");
        foreach (var p in ProtocolParameters.All)
        {
            json.WritePropertyName(p.Key);
            switch (p.Get(parameters))
            {
                case string[] pair:
                    json.WriteStartArray();
                    foreach (var item in pair)
                        json.WriteStringValue(item);
                    json.WriteEndArray();
                    break;
                case string text:
                    json.WriteStringValue(text);
                    break;
                case decimal d:
                    json.WriteNumberValue(d / 1.0000000000000000000000000000m);
                    break;
                case int i:
                    json.WriteNumberValue(i);
                    break;
                case double x:
                    json.WriteNumberValue(x);
                    break;
                case var other:
                    throw new InvalidOperationException($"Parameter {p.Key} has a value of type {other.GetType().Name}, which results.json cannot write.");
            }
        }
        json.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter json, string name, IReadOnlyList<TableRow> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            if (row.IsContinuous)
            {
                Number(json, "median", row.Median);
                Number(json, "min", row.Minimum);
                Number(json, "max", row.Maximum);
                json.WriteNumber("of", row.Of);
            }
            else
            {
                json.WriteNumber("n", row.N!.Value);
                json.WriteNumber("of", row.Of);
                Number(json, "percent", row.Percent);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static void Pair(Utf8JsonWriter json, string name, double? lower, double? upper)
    {
        json.WriteStartArray(name);
        foreach (var v in new[] { lower, upper })
        {
            if (v is { } x && double.IsFinite(x))
                json.WriteNumberValue(x);
            else
                json.WriteNullValue();
        }
        json.WriteEndArray();
    }
}
