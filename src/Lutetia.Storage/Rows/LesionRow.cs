using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>lesions.csv: one lesion followed on imaging (key: patient, lesion).</summary>
public sealed class LesionRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public string LesionId { get; set; } = "";
    public LesionSite Site { get; set; }
    public bool MesentericMass { get; set; }
    public bool Nodal { get; set; }
    public LesionRole Role { get; set; }

    public override string AuditKey => $"{PatientId}/{LesionId}";
    public override string? AuditPatient => PatientId;

    public static LesionRow From(Lesion l) => new()
    {
        PatientId = l.Patient.Value,
        LesionId = l.Id.Value,
        Site = l.Site,
        MesentericMass = l.IsMesentericMass,
        Nodal = l.IsNodal,
        Role = l.Role,
    };

    public Lesion ToDomain() => new(new PatientId(PatientId), new LesionId(LesionId), Site, MesentericMass, Nodal, Role);
}
