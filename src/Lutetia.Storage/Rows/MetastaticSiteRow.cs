using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>metastatic_sites.csv: one site per patient (key: patient, site).</summary>
public sealed class MetastaticSiteRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public MetastaticSiteKind Site { get; set; }

    public override string AuditKey => $"{PatientId}/{Codes<MetastaticSiteKind>.ToCode(Site)}";
    public override string? AuditPatient => PatientId;

    public static MetastaticSiteRow From(MetastaticSite s) => new() { PatientId = s.Patient.Value, Site = s.Site };

    public MetastaticSite ToDomain() => new(new PatientId(PatientId), Site);
}
