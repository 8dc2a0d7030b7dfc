namespace Lutetia.Storage.Backup;

/// <summary>
/// The result of <see cref="LutetiaRestore.Run"/>: what was restored and verified (<see cref="Lines"/>),
/// or why the restore was refused — before anything was written — or why the restored database does
/// not verify (<see cref="Problem"/>, with what was verified before it in <see cref="Lines"/>).
/// </summary>
public sealed record RestoreOutcome(bool Succeeded, IReadOnlyList<string> Lines, string? Problem, bool Written)
{
    public static RestoreOutcome Refused(string problem) => new(false, [], problem, false);
}
