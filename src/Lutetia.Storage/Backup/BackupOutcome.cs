namespace Lutetia.Storage.Backup;

/// <summary>The result of <c>LutetiaBackup.Create</c>: the manifest of the backup written, or why none was.</summary>
public sealed record BackupOutcome(BackupManifest? Manifest, string? Note, string? Problem)
{
    public bool Succeeded => Manifest is not null;

    public static BackupOutcome Refused(string problem) => new(null, null, problem);
}
