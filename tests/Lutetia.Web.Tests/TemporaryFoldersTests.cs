using Lutetia.Web.Hosting;

namespace Lutetia.Web.Tests;

/// <summary>An upload's temporary folder left by a killed process is removed at the next start.</summary>
public sealed class TemporaryFoldersTests
{
    [Fact]
    public void Import_and_export_folders_older_than_an_hour_are_removed_and_others_are_kept()
    {
        var root = Directory.CreateTempSubdirectory("lutetia-tests-temp-").FullName;
        try
        {
            var now = DateTime.UtcNow;
            string Folder(string name, TimeSpan age)
            {
                var path = Path.Combine(root, name);
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "upload.zip"), "x");
                Directory.SetLastWriteTimeUtc(path, now - age);
                return path;
            }
            var staleImport = Folder(TemporaryFolders.ImportPrefix + "a", TimeSpan.FromHours(2));
            var staleExport = Folder(TemporaryFolders.ExportPrefix + "b", TimeSpan.FromDays(3));
            var fresh = Folder(TemporaryFolders.ImportPrefix + "c", TimeSpan.FromMinutes(5));
            var other = Folder("someone-else-d", TimeSpan.FromDays(3));

            Assert.Equal(2, TemporaryFolders.RemoveStale(root, now));

            Assert.False(Directory.Exists(staleImport) || Directory.Exists(staleExport));
            Assert.True(Directory.Exists(fresh) && Directory.Exists(other));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
