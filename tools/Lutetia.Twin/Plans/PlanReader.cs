using System.Globalization;
using System.Reflection;
using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>Reads the 60 patient plans from the two embedded plan files, joined on the patient column.</summary>
internal static class PlanReader
{
    public static IReadOnlyList<PatientPlan> ReadEmbedded()
    {
        var characteristics = PlanTable.Parse("characteristics.txt", Resource("characteristics.txt"));
        var courses = PlanTable.Parse("courses.txt", Resource("courses.txt"));
        var courseOf = courses.Rows.ToDictionary(r => courses.Required(r, "patient"), StringComparer.Ordinal);
        var plans = new List<PatientPlan>();
        foreach (var row in characteristics.Rows)
        {
            var id = characteristics.Required(row, "patient");
            if (!courseOf.TryGetValue(id, out var course))
                throw characteristics.Bad(row, "patient", id, "no line for this patient in courses.txt");
            plans.Add(PlanFields.Read(plans.Count + 1, characteristics, row, courses, course));
        }
        if (plans.Count != courses.Rows.Count)
            throw new FormatException($"courses.txt has {courses.Rows.Count} patients, characteristics.txt {plans.Count}");
        return plans;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the plan file {name} is not embedded in the program");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r", "", StringComparison.Ordinal);
    }

    /// <summary>A list cell: codes joined by <paramref name="separator"/>, <c>-</c> for none.</summary>
    internal static TEnum[] List<TEnum>(PlanTable table, (int Line, string[] Cells) row, string column, char separator,
        Func<string, string>? alias = null) where TEnum : struct, Enum
    {
        var cell = table.Cell(row, column);
        if (cell is null)
            return [];
        return cell.Split(separator).Select(code => Code<TEnum>(table, row, column, alias is null ? code : alias(code))).ToArray();
    }

    internal static TEnum Code<TEnum>(PlanTable table, (int Line, string[] Cells) row, string column, string code)
        where TEnum : struct, Enum =>
        Codes<TEnum>.TryParse(code, out var value)
            ? value
            : throw table.Bad(row, column, code, $"expected {Codes<TEnum>.Listing()}");

    internal static decimal Number(PlanTable table, (int Line, string[] Cells) row, string column, string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw table.Bad(row, column, text, "a decimal number is required");
}
