using Lutetia.Workflow;

namespace Lutetia.Cli.Commands;

/// <summary>
/// "Today" for the date rules of a command: the study clock's date in the zone LUTETIA_TIME_ZONE
/// names (UTC when unset), the same "today" the web application uses; a zone this machine does
/// not know is reported and the command stops.
/// </summary>
internal static class StudyToday
{
    public static bool TryGet(CliConsole console, out DateOnly today)
    {
        if (StudyClock.TryFromEnvironment(out var clock, out var problem))
        {
            today = clock.Today;
            return true;
        }
        console.Error.WriteLine($"error: {problem}");
        today = default;
        return false;
    }
}
