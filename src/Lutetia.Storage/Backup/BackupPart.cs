namespace Lutetia.Storage.Backup;

/// <summary>One file inside the backup archive, with its SHA-256 and length, checked before anything is restored.</summary>
public sealed record BackupPart(string Name, string Sha256, long Bytes);
