using Lutetia.Storage;

namespace Lutetia.Workflow;

/// <summary>
/// The study's one clock: the instant every workflow step and audit entry is stamped with (UTC, to
/// the microsecond both databases keep), and the one "today" the date rules judge against — the
/// calendar date in the study's time zone (a setting, UTC by default), so that a file is judged the
/// same by the command line and the web application, whatever the server's local time.
/// </summary>
public sealed class StudyClock(TimeProvider time, TimeZoneInfo zone)
{
    /// <summary>The clock of a study kept in UTC.</summary>
    public StudyClock(TimeProvider time) : this(time, TimeZoneInfo.Utc)
    {
    }

    /// <summary>The clock of the real world, UTC.</summary>
    public static StudyClock System { get; } = new(TimeProvider.System, TimeZoneInfo.Utc);

    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    public TimeZoneInfo Zone { get; } = zone ?? throw new ArgumentNullException(nameof(zone));

    /// <summary>Now in UTC, to the microsecond.</summary>
    public DateTime UtcNow => AuditHash.ToMicroseconds(Time.GetUtcNow().UtcDateTime);

    /// <summary>Today's date in the study's time zone: what "in the future" means for the date rules.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone).DateTime);

    /// <summary>The variable that names the study's time zone for the command line and the server.</summary>
    public const string TimeZoneVariable = "LUTETIA_TIME_ZONE";

    /// <summary>
    /// The clock of the command line: the real time, in the zone <see cref="TimeZoneVariable"/> names
    /// (UTC when unset); false with the message when it names no zone.
    /// </summary>
    public static bool TryFromEnvironment(out StudyClock clock, out string? problem)
    {
        var ok = TryParseZone(Environment.GetEnvironmentVariable(TimeZoneVariable), out var zone, out problem);
        clock = new StudyClock(TimeProvider.System, zone);
        if (!ok)
            problem = $"{TimeZoneVariable}: {problem}";
        return ok;
    }

    /// <summary>
    /// The study's time zone from its IANA name ("Europe/Paris"); null or empty means UTC. False with
    /// the message when the name is unknown.
    /// </summary>
    public static bool TryParseZone(string? name, out TimeZoneInfo zone, out string? problem)
    {
        zone = TimeZoneInfo.Utc;
        problem = null;
        if (string.IsNullOrWhiteSpace(name))
            return true;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name.Trim(), out var found))
        {
            zone = found;
            return true;
        }
        problem = $"\"{name}\" is not a time zone this machine knows: give an IANA name such as Europe/Paris or UTC";
        return false;
    }
}
