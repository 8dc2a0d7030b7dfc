namespace Lutetia.Storage.Backup;

/// <summary>A table of the database at the time of the backup and how many rows it held.</summary>
public sealed record BackupTable(string Name, long Rows);
