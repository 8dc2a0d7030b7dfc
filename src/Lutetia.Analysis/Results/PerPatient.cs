namespace Lutetia.Analysis;

/// <summary>
/// A value computed once per patient and read by many rows of a table (Table 1 asks for
/// the baseline symptoms and the Krenning grade, Table 3 for each safety window, once per row —
/// dozens of times a patient — which at 10^5 patients cost seconds on one thread).
/// </summary>
internal sealed class PerPatient<T>
{
    private readonly Dictionary<PatientEndpoints, T> _values;

    public PerPatient(PatientEndpoints[] patients, Func<PatientEndpoints, T> compute)
    {
        // By reference: PatientEndpoints is a record, whose own equality would compare every member.
        _values = new Dictionary<PatientEndpoints, T>(patients.Length, ReferenceEqualityComparer.Instance);
        foreach (var patient in patients)
            _values[patient] = compute(patient);
    }

    public T this[PatientEndpoints patient] => _values[patient];
}
