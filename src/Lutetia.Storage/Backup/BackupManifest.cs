using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lutetia.Storage.Backup;

/// <summary>
/// <c>manifest.json</c>, the first thing read from a backup: what it holds (<see cref="Kind"/>, the
/// database it came from, its schema version — the last migration applied) and the audit chain head
/// and row counts read in the same snapshot as the data, which the restore checks the restored
/// database against.
/// </summary>
public sealed record BackupManifest(
    string Format,
    int FormatVersion,
    BackupKind Kind,
    DatabaseProvider Provider,
    string SchemaVersion,
    DateTime CreatedAtUtc,
    string Program,
    long HeadEntryId,
    string HeadHash,
    IReadOnlyList<BackupTable> Tables,
    IReadOnlyList<BackupPart> Parts)
{
    /// <summary>The value of <see cref="Format"/> that marks a Lutetia backup.</summary>
    public const string Marker = "lutetia-backup";

    /// <summary>The layout this program writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    public const string EntryName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The chain head as <c>N:HASH</c> (what <c>lutetia audit head</c> prints).</summary>
    public string Head => AuditAnchor.Format(HeadEntryId, HeadHash);

    /// <summary>The name of the migration without its time stamp, the same on both databases (<c>AccountLifeCycle</c>).</summary>
    public string SchemaName => SchemaVersions.NameOf(SchemaVersion);

    public long RowCount => Tables.Sum(t => t.Rows);

    public string Describe() => Kind switch
    {
        BackupKind.SqliteFile => "SQLite online backup",
        BackupKind.PgDump => "PostgreSQL pg_dump backup",
        _ => $"logical backup of a {Provider} database",
    };

    public void WriteTo(Stream stream) => JsonSerializer.Serialize(stream, this, Json);

    /// <summary>Reads the manifest; null when the text is not one (the caller says so).</summary>
    public static BackupManifest? TryRead(Stream stream)
    {
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(stream, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
