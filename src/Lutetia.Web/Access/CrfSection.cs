namespace Lutetia.Web.Access;

/// <summary>The parts of the application a role may or may not reach (issue 7, roles).</summary>
public enum CrfSection
{
    /// <summary>The patient list and the patient and tumour form.</summary>
    Patients,

    /// <summary>Imaging reads, lesions and the lesion grid.</summary>
    Imaging,

    /// <summary>PRRT cycles, symptoms, labs, complications and follow-up.</summary>
    Clinical,

    /// <summary>The per-patient audit trail.</summary>
    Audit,

    /// <summary>Import of a cohort into the database.</summary>
    Import,

    /// <summary>Export of the cohort (an investigator's: their own centre).</summary>
    Export,
}
