using Lutetia.Analysis;

namespace Lutetia.Cli;

/// <summary>The files a command writes to its --out folder: each written whole (<see cref="AtomicFile"/>), then one line saying what was written where.</summary>
internal static class OutputFolder
{
    /// <summary>Writes <paramref name="files"/> in the order given and announces them in that order: "Wrote a, b and c to DIR."</summary>
    public static void Write(CliConsole console, string folder, params (string Name, byte[] Bytes)[] files)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in files)
            AtomicFile.Write(Path.Combine(folder, name), s => s.Write(bytes));
        var names = files.Select(f => f.Name).ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
        console.Out.WriteLine($"Wrote {list} to {folder}.");
    }
}
