namespace Lutetia.Storage;

/// <summary>
/// The database was upgraded by a newer Lutetia (<see cref="SchemaState.NewerThanProgram"/>): raised by
/// <see cref="LutetiaDatabase.OpenMigrated"/> so that no caller runs on it by mistake; the commands turn
/// it into their message (<c>LutetiaDatabase.TryOpenForCommand</c>).
/// </summary>
public sealed class NewerDatabaseException : InvalidOperationException
{
    public NewerDatabaseException()
    {
    }

    public NewerDatabaseException(string message) : base(message)
    {
    }

    public NewerDatabaseException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
