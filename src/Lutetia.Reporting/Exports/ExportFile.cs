using System.Text;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// One file of an export: its name inside the export folder and how to write it. The bytes are
/// produced when the file is written (<see cref="WriteTo"/>), so that a large cohort's ODM file
/// or CSV table never has to sit whole in memory. Text is UTF-8 without BOM, LF line ends.
/// </summary>
public sealed class ExportFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Action<Stream> _write;

    /// <exception cref="ArgumentException">The name is empty or holds a folder: an export's files all sit in one folder.</exception>
    public ExportFile(string name, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(write);
        if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or "..")
            throw new ArgumentException($"\"{name}\" is not a plain file name: an export's files all sit in one folder", nameof(name));
        Name = name;
        _write = write;
    }

    /// <summary>A file whose whole text is already known.</summary>
    public ExportFile(string name, string content)
        : this(name, WriterOf(content))
    {
    }

    private static Action<Stream> WriterOf(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return stream => stream.Write(Utf8.GetBytes(content));
    }

    public string Name { get; }

    /// <summary>A text file written line by line as it is produced.</summary>
    public static ExportFile Text(string name, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new ExportFile(name, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });
    }

    /// <summary>Writes the file's bytes to <paramref name="stream"/>, left open.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _write(stream);
    }

    /// <summary>The whole file as text, made in memory: for small files and tests.</summary>
    public string ReadText()
    {
        using var memory = new MemoryStream();
        WriteTo(memory);
        return Utf8.GetString(memory.ToArray());
    }
}
