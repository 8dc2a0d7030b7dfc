namespace Lutetia.Domain;

/// <summary>A metastatic site other than the mesenteric mass, present at first PRRT (metastatic_sites.csv).</summary>
public sealed record MetastaticSite(PatientId Patient, MetastaticSiteKind Site);
