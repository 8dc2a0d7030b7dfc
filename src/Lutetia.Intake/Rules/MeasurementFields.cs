using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// cohort-format.md, measurements.csv: exactly the fields that fit the read's modality and the
/// lesion's role may be filled.
/// </summary>
public static class MeasurementFields
{
    private static readonly string[] Columns = ["diameter_mm", "too_small_to_measure", "non_target_status", "krenning", "suv_max", "sul_peak"];

    /// <summary>The columns a measurement may fill for this modality and role.</summary>
    public static IReadOnlyList<string> Allowed(Modality modality, LesionRole role)
    {
        var mask = AllowedMask(modality, role);
        return [.. Columns.Where((_, i) => (mask & (1 << i)) != 0)];
    }

    /// <summary>Bit i set when <see cref="Columns"/>[i] may be filled.</summary>
    private static int AllowedMask(Modality modality, LesionRole role) => (modality, role) switch
    {
        (Modality.Ct or Modality.Mri, LesionRole.Target) => 0b000011,
        (Modality.Ct or Modality.Mri, LesionRole.NonTarget) => 0b000100,
        (Modality.Ct or Modality.Mri, _) => 0b000111,
        (Modality.Srs111In, _) => 0b001000,
        _ => 0b111000,
    };

    internal static void Check(Measurement m, Read read, Lesion lesion, string location, int row, ProblemList problems)
    {
        var filled = (m.DiameterMm is null ? 0 : 1) | (m.TooSmallToMeasure is null ? 0 : 2) | (m.NonTargetStatus is null ? 0 : 4)
                     | (m.Krenning is null ? 0 : 8) | (m.SuvMax is null ? 0 : 16) | (m.SulPeak is null ? 0 : 32);
        var misplaced = filled & ~AllowedMask(read.Modality, lesion.Role);
        for (var i = 0; misplaced != 0; i++, misplaced >>= 1)
        {
            if ((misplaced & 1) == 0)
                continue;
            var role = CellText.Of(lesion.Role);
            var modality = CellText.Of(read.Modality);
            var allowed = string.Join(" or ", Allowed(read.Modality, lesion.Role));
            problems.Error(location, row, Columns[i], ValueOf(m, i), "modality_fields",
                $"{Columns[i]} does not fit a {role} lesion on a {modality} read (read {read.Id}, lesion {lesion.Id})",
                $"on a {modality} read a {role} lesion records {allowed}: move the value to the right column, or check the read's modality and the lesion's role");
        }
    }

    private static string? ValueOf(Measurement m, int column) => column switch
    {
        0 => CellText.Of(m.DiameterMm),
        1 => CellText.Of(m.TooSmallToMeasure),
        2 => CellText.Of(m.NonTargetStatus),
        3 => CellText.Of(m.Krenning),
        4 => CellText.Of(m.SuvMax),
        _ => CellText.Of(m.SulPeak),
    };
}
