namespace Lutetia.Storage.Workflow;

/// <summary>One electronic signature locking a patient's record: who signed, when, its meaning, and — once unlocked — who voided it, when and why.</summary>
public sealed record RecordLock(
    string PatientId,
    int Number,
    string CenterId,
    string Signer,
    DateTime SignedAtUtc,
    string Meaning,
    string? VoidedBy,
    DateTime? VoidedAtUtc,
    string? VoidReason)
{
    public bool IsVoid => VoidedAtUtc is not null;

    /// <summary>The signature of a stored row.</summary>
    public static RecordLock Of(RecordLockRow r) =>
        new(r.PatientId, r.Number, r.CenterId, r.Signer, r.SignedAtUtc, r.Meaning, r.VoidedBy, r.VoidedAtUtc, r.VoidReason);
}
