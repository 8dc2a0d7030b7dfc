using Lutetia.Domain;
using Lutetia.Statistics.Descriptive;

namespace Lutetia.Analysis;

/// <summary>Builds the rows of a results table over a set of patients (n of all, or median and range).</summary>
internal sealed class TableRowBuilder(PatientEndpoints[] patients)
{
    private readonly List<TableRow> _rows = [];

    public IReadOnlyList<TableRow> Rows => _rows;

    public void Add(TableRow row) => _rows.Add(row);

    /// <summary>n (%) of the patients for whom the predicate holds; left out when none and <paramref name="onlyPresent"/>.</summary>
    public void Count(string id, Func<PatientEndpoints, bool> predicate, bool onlyPresent = false)
    {
        var n = patients.Count(predicate);
        if (n > 0 || !onlyPresent)
            _rows.Add(new TableRow(id, patients.Length) { N = n });
    }

    /// <summary>A yes/no field: the yes row, and an <c>.unknown</c> row when some values are missing.</summary>
    public void YesNo(string id, Func<PatientEndpoints, bool?> value)
    {
        Count(id, p => value(p) == true);
        Count($"{id}.unknown", p => value(p) is null, onlyPresent: true);
    }

    /// <summary>One row per value of an enumeration (<c>prefix.code</c>), and an <c>.unknown</c> row when asked.</summary>
    public void Categories<T>(string prefix, Func<PatientEndpoints, T?> value, bool onlyPresent = false, bool withUnknown = false) where T : struct, Enum
    {
        // EqualityComparer, not Enum.Equals(object), which boxes both values for each patient and row.
        foreach (var category in Enum.GetValues<T>())
            Count($"{prefix}.{Codes<T>.ToCode(category)}", p => value(p) is { } v && EqualityComparer<T>.Default.Equals(v, category), onlyPresent);
        if (withUnknown)
            Count($"{prefix}.unknown", p => value(p) is null);
    }

    /// <summary>Categories of a field that is always recorded.</summary>
    public void Categories<T>(string prefix, Func<PatientEndpoints, T> value, bool onlyPresent = false) where T : struct, Enum =>
        Categories<T>(prefix, p => (T?)value(p), onlyPresent, withUnknown: false);

    /// <summary>Median (min–max) over the patients with a value; <c>Of</c> is the number of values.</summary>
    public void Continuous(string id, Func<PatientEndpoints, double?> value)
    {
        var summary = Describe.Continuous(patients.Select(value).ToArray());
        _rows.Add(new TableRow(id, summary.N) { Median = summary.Median, Minimum = summary.Minimum, Maximum = summary.Maximum });
        if (summary.Missing > 0)
            _rows.Add(new TableRow($"{id}.unknown", patients.Length) { N = summary.Missing });
    }

    public void Continuous(string id, Func<PatientEndpoints, int?> value) => Continuous(id, p => (double?)value(p));
}
