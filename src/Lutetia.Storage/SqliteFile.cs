using Microsoft.Data.Sqlite;

namespace Lutetia.Storage;

/// <summary>
/// The SQLite database file is created readable and writable by its owner only (mode 0600 on Unix;
/// docs/security.md, The SQLite file is its owner's): it holds every patient's data and the accounts' password hashes. SQLite gives
/// the -wal, -shm and -journal files it creates next to it the same mode as the database file.
/// An existing file keeps the mode its owner chose.
/// </summary>
public static class SqliteFile
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the empty database file with mode 0600 when it does not exist yet (before SQLite opens it with the process's umask).</summary>
    public static void CreateOwnerOnly(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (OperatingSystem.IsWindows() || file.Length == 0 || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || builder.Mode == SqliteOpenMode.ReadOnly || File.Exists(file))
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is null || !Directory.Exists(folder))
            return; // SQLite says that the folder is missing, as before
        try
        {
            using var created = new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = OwnerOnly,
            });
        }
        catch (IOException) when (File.Exists(file))
        {
            // Created by another process meanwhile: its creator chose its mode.
        }
    }
}
