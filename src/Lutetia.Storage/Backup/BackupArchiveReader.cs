using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Lutetia.Storage.Backup;

/// <summary>
/// Opens a backup archive and checks it before anything is restored: a zip file with a
/// <c>manifest.json</c> that says it is a Lutetia backup of a format this program reads, and every
/// part with the SHA-256 recorded when it was written. Each refusal says what is wrong with the file
/// and what to do.
/// </summary>
internal sealed class BackupArchiveReader : IDisposable
{
    private readonly ZipArchive _zip;

    private BackupArchiveReader(string file, ZipArchive zip, BackupManifest manifest)
    {
        File = file;
        _zip = zip;
        Manifest = manifest;
    }

    public string File { get; }

    public BackupManifest Manifest { get; }

    private const string TakeAgain = "Use another copy of the backup (or take a new one with `lutetia backup`)";

    public static bool TryOpen(string file, [NotNullWhen(true)] out BackupArchiveReader? reader, [NotNullWhen(false)] out string? problem)
    {
        reader = null;
        problem = null;
        if (!System.IO.File.Exists(file))
        {
            problem = $"there is no file {file}: give the backup file that `lutetia backup --out FILE` wrote";
            return false;
        }
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(file);
        }
        catch (InvalidDataException)
        {
            problem = $"{file} is not a readable Lutetia backup: it is not a zip archive, or it was cut short (the end of the archive, " +
                      $"which lists its contents, is missing: a copy that did not finish). {TakeAgain}";
            return false;
        }
        var manifestEntry = zip.GetEntry(BackupManifest.EntryName);
        var manifest = manifestEntry is null ? null : ReadManifest(manifestEntry);
        problem = manifest is null || manifest.Format != BackupManifest.Marker
            ? $"{file} is a zip archive but not a Lutetia backup (it has no Lutetia {BackupManifest.EntryName}): give a file written by `lutetia backup --out FILE`"
            : manifest.FormatVersion > BackupManifest.CurrentFormatVersion
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{file} was written by a newer Lutetia (backup format {manifest.FormatVersion}; this program reads format {BackupManifest.CurrentFormatVersion}): restore it with that version of Lutetia or a later one")
                : null;
        if (problem is not null)
        {
            zip.Dispose();
            return false;
        }
        reader = new BackupArchiveReader(file, zip, manifest!);
        return true;
    }

    private static BackupManifest? ReadManifest(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            return BackupManifest.TryRead(stream);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Reads every part once and compares it with the manifest; null when all are intact.</summary>
    public string? CheckParts()
    {
        foreach (var part in Manifest.Parts)
        {
            var entry = _zip.GetEntry(part.Name);
            if (entry is null)
                return $"{File} is damaged: its part {part.Name}, listed in its manifest, is missing. {TakeAgain}";
            string found;
            long bytes;
            try
            {
                using var stream = entry.Open();
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                bytes = 0;
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    hash.AppendData(buffer.AsSpan(0, read));
                    bytes += read;
                }
                found = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            catch (InvalidDataException e)
            {
                return $"{File} is damaged: its part {part.Name} cannot be read ({e.Message}). {TakeAgain}";
            }
            if (found != part.Sha256 || bytes != part.Bytes)
                return string.Create(CultureInfo.InvariantCulture,
                    $"{File} is damaged: its part {part.Name} is not what was written at backup time ({bytes} bytes with SHA-256 {found}; the manifest records {part.Bytes} bytes with {part.Sha256}). {TakeAgain}");
        }
        return null;
    }

    /// <summary>A part's content, streamed.</summary>
    public Stream Open(string part) =>
        (_zip.GetEntry(part) ?? throw new InvalidOperationException($"the part {part} was checked but is not in the archive")).Open();

    public void Dispose() => _zip.Dispose();
}
