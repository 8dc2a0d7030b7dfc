using System.Globalization;
using System.Text.Json;

namespace Lutetia.Reporting.SurvivalOutputs;

/// <summary>Numbers in machine outputs (outputs.md): invariant culture, shortest round-trip form, never rounded; NaN is R's NA.</summary>
internal static class OutputNumbers
{
    /// <summary>A CSV cell: the shortest form that reads back to the same double; empty for NaN.</summary>
    public static string Cell(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Appends <see cref="Cell"/>'s text without making a string of it.</summary>
    public static void AppendCell(System.Text.StringBuilder text, double value)
    {
        if (!double.IsNaN(value)) text.Append(CultureInfo.InvariantCulture, $"{value:R}");
    }

    /// <summary>A JSON number, or null for a missing (null or NaN) value.</summary>
    public static void Write(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    /// <summary>A JSON array value element, or null.</summary>
    public static void WriteValue(Utf8JsonWriter json, double? value)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumberValue(v);
        else json.WriteNullValue();
    }

    /// <summary>A JSON document written by <paramref name="write"/>, indented, as UTF-8 bytes with a final newline.</summary>
    public static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            write(json);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
