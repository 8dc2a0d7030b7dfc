namespace Lutetia.Intake;

/// <summary>
/// Positions of the cohort's keys, built once by <see cref="KeyRules"/> for all the cross-file
/// rules. Keys that combine two identifiers are packed in a <c>long</c>, so that the millions of
/// measurements of a large cohort are checked without allocating a tuple or hashing a string twice.
/// </summary>
internal sealed class CohortIndex
{
    public Dictionary<string, int> Centers { get; } = new(StringComparer.Ordinal);

    /// <summary>patient_id → position in patients.csv (its first row).</summary>
    public Dictionary<string, int> Patients { get; } = new(StringComparer.Ordinal);

    /// <summary>read_id → position in reads.csv (its first row).</summary>
    public Dictionary<string, int> Reads { get; } = new(StringComparer.Ordinal);

    /// <summary>Each distinct lesion_id text (L1, L2, … recur in every patient) → a small number.</summary>
    public Dictionary<string, int> LesionNames { get; } = new(StringComparer.Ordinal);

    /// <summary>(patient position, lesion name number) → position in lesions.csv.</summary>
    public Dictionary<long, int> Lesions { get; } = [];

    /// <summary>Position in reads.csv of each measurement, -1 when its read is unknown.</summary>
    public int[] ReadOfMeasurement { get; set; } = [];

    /// <summary>Position in lesions.csv of each measurement, -1 when its lesion is not one of its read's patient.</summary>
    public int[] LesionOfMeasurement { get; set; } = [];

    public static long Pack(int high, int low) => ((long)high << 32) | (uint)low;

    public int LesionName(string lesionId)
    {
        if (!LesionNames.TryGetValue(lesionId, out var number))
            LesionNames[lesionId] = number = LesionNames.Count;
        return number;
    }

    public int PatientOf(string patientId) => Patients.TryGetValue(patientId, out var position) ? position : -1;
}
