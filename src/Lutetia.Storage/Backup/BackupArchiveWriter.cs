using System.IO.Compression;
using System.Security.Cryptography;

namespace Lutetia.Storage.Backup;

/// <summary>
/// Writes a backup archive: a zip file of parts, each streamed (the memory used does not depend on
/// the database's size) and hashed as it is written, then <c>manifest.json</c>. The archive is built
/// in a hidden temporary file next to the output, readable by its owner only (it holds every
/// patient's data and the accounts' password hashes), and renamed over the output only once
/// complete: a failed backup never replaces a good one.
/// </summary>
internal sealed class BackupArchiveWriter : IDisposable
{
    private readonly string _output;
    private readonly string _temporary;
    private readonly ZipArchive _zip;
    private readonly List<BackupPart> _parts = [];
    private bool _completed;

    public BackupArchiveWriter(string output)
    {
        _output = Path.GetFullPath(output);
        var folder = Path.GetDirectoryName(_output)!;
        _temporary = Path.Combine(folder, $".{Path.GetFileName(_output)}.{Guid.NewGuid():N}.partial");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = SqliteFile.OwnerOnly;
        var stream = new FileStream(_temporary, options);
        _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: false);
    }

    /// <summary>The folder temporary files of the backup go to (the output's, so they stay on its disk).</summary>
    public string Folder => Path.GetDirectoryName(_output)!;

    public IReadOnlyList<BackupPart> Parts => _parts;

    /// <summary>Adds one part, written by <paramref name="write"/> into the archive as it goes.</summary>
    public BackupPart Add(string name, CompressionLevel level, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var entry = _zip.CreateEntry(name, level);
        using var stream = entry.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var hashing = new HashingStream(stream, hash);
        write(hashing);
        hashing.Flush();
        var part = new BackupPart(name, Convert.ToHexStringLower(hash.GetHashAndReset()), hashing.Bytes);
        _parts.Add(part);
        return part;
    }

    /// <summary>Writes the manifest last, closes the archive and puts it in place of the output.</summary>
    public void Complete(BackupManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var entry = _zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
        using (var stream = entry.Open())
            manifest.WriteTo(stream);
        _zip.Dispose();
        File.Move(_temporary, _output, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed)
            return;
        _zip.Dispose();
        File.Delete(_temporary);
    }
}
