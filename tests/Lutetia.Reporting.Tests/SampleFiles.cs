using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

/// <summary>Writes sample renderings where a person can look at them (the system temp folder).</summary>
internal static class SampleFiles
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "lutetia-figures");

    public static void Write(string name, Figure figure)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, name + ".svg"), figure.RenderSvg());
        File.WriteAllBytes(Path.Combine(Folder, name + ".png"), figure.RenderPng(150));
    }
}
