namespace Lutetia.Reporting.Exports;

/// <summary>One file of an export: its name inside the export folder and its text (written as UTF-8 without BOM).</summary>
public sealed record ExportFile
{
    /// <exception cref="ArgumentException">The name is empty or holds a folder: an export's files all sit in one folder.</exception>
    public ExportFile(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or "..")
            throw new ArgumentException($"\"{name}\" is not a plain file name: an export's files all sit in one folder", nameof(name));
        Name = name;
        Content = content;
    }

    public string Name { get; }
    public string Content { get; }
}
