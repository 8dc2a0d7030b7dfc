namespace Lutetia.Reporting.Exports;

/// <summary>
/// The one entry point of the exports, for the command line and the web application: the files of
/// an export in memory (<see cref="Files"/>), and writing them to a folder atomically (<see cref="Write"/>).
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
        var utf8 = new System.Text.UTF8Encoding(false);
        var pending = new List<(string Temporary, string Final)>(files.Count);
        try
        {
            foreach (var file in files)
            {
                if (file.Name != Path.GetFileName(file.Name) || file.Name.Length == 0)
                    throw new ArgumentException($"\"{file.Name}\" is not a plain file name", nameof(files));
                var final = Path.Combine(folder, file.Name);
                pending.Add((final + ".tmp", final));
                File.WriteAllText(final + ".tmp", file.Content, utf8);
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
}
