namespace Lutetia.Storage.Workflow;

/// <summary>
/// record_locks: the electronic signature that locks a patient's record (key: patient, number):
/// the signer (a coordinator who re-entered the password), the UTC time and the meaning. Unlocking
/// voids it — the voiding coordinator, time and reason are written once on the row, which is never
/// deleted (the database refuses a delete, and any update but that one voiding). At most one
/// signature per patient is in force (a partial unique index).
/// </summary>
public sealed class RecordLockRow
{
    public const string LockedForAnalysis = "locked for analysis";

    public string PatientId { get; set; } = "";

    /// <summary>1, 2, … within the patient: every lock the record ever had.</summary>
    public int Number { get; set; }

    public string CenterId { get; set; } = "";
    public string Signer { get; set; } = "";
    public DateTime SignedAtUtc { get; set; }
    public string Meaning { get; set; } = LockedForAnalysis;

    public string? VoidedBy { get; set; }
    public DateTime? VoidedAtUtc { get; set; }
    public string? VoidReason { get; set; }

    public bool IsVoid => VoidedAtUtc is not null;
}
