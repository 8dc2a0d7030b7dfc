using System.IO.Compression;
using System.Text.Json.Nodes;
using Lutetia.Storage.Backup;

namespace Lutetia.Storage.Tests.Backup;

/// <summary>A temporary folder for backup files, and the ways a test damages one.</summary>
public sealed class BackupFiles : IDisposable
{
    public BackupFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "lutetia-tests", $"backup-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>Takes a backup of the store and asserts it succeeded.</summary>
    public (string File, BackupManifest Manifest) Take(TestStore store, BackupFormat format = BackupFormat.Native, string name = "study.zip")
    {
        var file = File(name);
        var outcome = LutetiaBackup.Create(store.Connection, file, format);
        Assert.True(outcome.Succeeded, outcome.Problem);
        return (file, outcome.Manifest!);
    }

    /// <summary>Rewrites the manifest inside a backup (what a newer Lutetia would have written).</summary>
    public static void EditManifest(string file, Action<JsonObject> edit)
    {
        using var zip = ZipFile.Open(file, ZipArchiveMode.Update);
        var entry = zip.GetEntry(BackupManifest.EntryName)!;
        JsonObject manifest;
        using (var stream = entry.Open())
            manifest = JsonNode.Parse(stream)!.AsObject();
        edit(manifest);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(BackupManifest.EntryName).Open());
        writer.Write(manifest.ToJsonString());
    }

    /// <summary>Replaces a part's content, its manifest left as it was (a backup altered after it was written).</summary>
    public static void ReplacePart(string file, string part, Func<byte[], byte[]> change)
    {
        using var zip = ZipFile.Open(file, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        byte[] content;
        using (var stream = entry.Open())
        using (var memory = new MemoryStream())
        {
            stream.CopyTo(memory);
            content = memory.ToArray();
        }
        entry.Delete();
        using var replaced = zip.CreateEntry(part).Open();
        replaced.Write(change(content));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
