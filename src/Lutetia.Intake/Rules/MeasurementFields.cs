using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// cohort-format.md, measurements.csv: exactly the fields that fit the read's modality and the
/// lesion's role may be filled.
/// </summary>
public static class MeasurementFields
{
    /// <summary>The columns a measurement may fill for this modality and role.</summary>
    public static IReadOnlyList<string> Allowed(Modality modality, LesionRole role) => (modality, role) switch
    {
        (Modality.Ct or Modality.Mri, LesionRole.Target) => ["diameter_mm", "too_small_to_measure"],
        (Modality.Ct or Modality.Mri, LesionRole.NonTarget) => ["non_target_status"],
        (Modality.Ct or Modality.Mri, _) => ["diameter_mm", "too_small_to_measure", "non_target_status"],
        (Modality.Srs111In, _) => ["krenning"],
        _ => ["suv_max", "sul_peak", "krenning"],
    };

    internal static void Check(Measurement m, Read read, Lesion lesion, string location, int row, ProblemList problems)
    {
        var allowed = Allowed(read.Modality, lesion.Role);
        Field(m.DiameterMm is not null, "diameter_mm", CellText.Of(m.DiameterMm));
        Field(m.TooSmallToMeasure is not null, "too_small_to_measure", CellText.Of(m.TooSmallToMeasure));
        Field(m.NonTargetStatus is not null, "non_target_status", CellText.Of(m.NonTargetStatus));
        Field(m.Krenning is not null, "krenning", CellText.Of(m.Krenning));
        Field(m.SuvMax is not null, "suv_max", CellText.Of(m.SuvMax));
        Field(m.SulPeak is not null, "sul_peak", CellText.Of(m.SulPeak));

        void Field(bool filled, string column, string? value)
        {
            if (!filled || allowed.Contains(column))
                return;
            var role = CellText.Of(lesion.Role);
            var modality = CellText.Of(read.Modality);
            problems.Error(location, row, column, value, "modality_fields",
                $"{column} does not fit a {role} lesion on a {modality} read (read {read.Id}, lesion {lesion.Id})",
                $"on a {modality} read a {role} lesion records {string.Join(" or ", allowed)}: move the value to the right column, or check the read's modality and the lesion's role");
        }
    }
}
