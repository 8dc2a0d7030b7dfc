namespace Lutetia.Workflow.Access;

/// <summary>The parts of the application a role may or may not reach: the areas of the permission matrix.</summary>
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

    /// <summary>The central review queue and the blinded exam pages (docs/workflow.md, Central review): the reviewer enters, the coordinator watches.</summary>
    Review,

    /// <summary>The local-versus-central agreement tables.</summary>
    Agreement,

    /// <summary>The data-quality issues and completeness of a centre.</summary>
    Quality,

    /// <summary>The queries on a patient's fields and their life cycle (the centre's investigator answers).</summary>
    Queries,

    /// <summary>Managing queries: raising one on a field, proposing a resolution, closing, re-opening (the data managers).</summary>
    QueryRaise,

    /// <summary>Answering an open query of one's own centre (the centre's investigator).</summary>
    QueryAnswer,

    /// <summary>The lock of a patient's record (the coordinator signs).</summary>
    Locks,

    /// <summary>The MesenLuth report on the live database and each patient's derivation.</summary>
    Analysis,

    /// <summary>The statistics exports: R, SPSS, CDISC ODM (an investigator's: their own centre).</summary>
    StatisticsExport,

    /// <summary>The centres and the accounts (the coordinator runs centres and users: docs/security.md, Accounts).</summary>
    Administration,
}
