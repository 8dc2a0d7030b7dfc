namespace Lutetia.Reporting.Tests.Exports;

/// <summary>A fresh folder under the temporary directory, removed with everything in it when disposed.</summary>
internal sealed class ExportFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lutetia-exports-" + Guid.NewGuid().ToString("N"));

    public ExportFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
