namespace Lutetia.Storage.Backup;

/// <summary>What one way of taking a backup gave: the facts of its snapshot, or why it could not.</summary>
internal sealed record BackupStep(SnapshotFacts? Facts, string? Problem)
{
    public static BackupStep Done(SnapshotFacts facts) => new(facts, null);

    public static BackupStep Refused(string problem) => new(null, problem);
}
