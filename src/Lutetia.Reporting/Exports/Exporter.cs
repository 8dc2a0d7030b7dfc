using System.IO.Compression;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// The one entry point of the exports, for the command line and the web application: the files of
/// an export in memory (<see cref="Files"/>), written to a folder atomically (<see cref="Write"/>)
/// or packed into one .zip for a download (<see cref="WriteZip"/>).
/// </summary>
public static class Exporter
{
    public static IReadOnlyList<ExportFile> Files(ExportFormat format, ExportDataset dataset, ExportOptions options) => format switch
    {
        ExportFormat.R => RExport.Files(dataset),
        ExportFormat.Spss => SpssExport.Files(dataset),
        ExportFormat.Odm => OdmExport.Files(dataset, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format"),
    };

    /// <summary>
    /// Writes every file under a temporary name first, then renames them all: a failure part-way
    /// leaves no half-written export (the temporary files are removed). Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<ExportFile> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var pending = new List<(string Temporary, string Final)>(files.Count);
        try
        {
            foreach (var file in files)
            {
                var final = Path.Combine(folder, file.Name);
                pending.Add((final + ".tmp", final));
                using var stream = new FileStream(final + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                file.WriteTo(stream);
            }
            foreach (var (temporary, final) in pending)
                File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            foreach (var (temporary, _) in pending)
            {
                if (File.Exists(temporary))
                    File.Delete(temporary);
            }
        }
        return pending.Select(p => p.Final).ToArray();
    }

    /// <summary>
    /// Packs the files into a zip archive on <paramref name="output"/> (left open), each at the
    /// archive's root with the given time, so the same export gives the same bytes.
    /// </summary>
    public static void WriteZip(IReadOnlyList<ExportFile> files, Stream output, DateTimeOffset modified)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in files)
        {
            var entry = archive.CreateEntry(file.Name, CompressionLevel.Optimal);
            entry.LastWriteTime = modified;
            using var stream = entry.Open();
            file.WriteTo(stream);
        }
    }
}
