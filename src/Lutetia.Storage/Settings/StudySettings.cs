using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Settings;

/// <summary>Reads and writes the study-wide settings of <see cref="StudySetting"/> in the study's database.</summary>
public static class StudySettings
{
    /// <summary>The setting's value in force: the stored one, or its default when never set.</summary>
    public static async Task<bool> IsOnAsync(LutetiaDbContext db, StudySetting setting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(setting);
        var stored = await db.StudySettings.AsNoTracking()
            .Where(s => s.Key == setting.Key).Select(s => s.Value)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return stored is null ? setting.Default : stored == StudySetting.Yes;
    }

    /// <summary>Every setting with its value in force, in <see cref="StudySetting.All"/>'s order.</summary>
    public static async Task<IReadOnlyList<(StudySetting Setting, bool Value)>> AllAsync(LutetiaDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.StudySettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken).ConfigureAwait(false);
        return StudySetting.All
            .Select(s => (s, stored.TryGetValue(s.Key, out var v) ? v == StudySetting.Yes : s.Default))
            .ToList();
    }

    /// <summary>
    /// Sets a setting and saves it (an audited change; the caller sets <see cref="LutetiaDbContext.CurrentUser"/>
    /// and <see cref="LutetiaDbContext.Reason"/>). Returns false when the value was already in force (nothing written).
    /// </summary>
    public static async Task<bool> SetAsync(LutetiaDbContext db, StudySetting setting, bool value, CancellationToken cancellationToken = default)
    {
        if (!await StageAsync(db, setting, value, cancellationToken).ConfigureAwait(false))
            return false;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Puts the setting's new value in the context without saving it (the caller saves, audited);
    /// false when the value was already in force (nothing to save).
    /// </summary>
    public static async Task<bool> StageAsync(LutetiaDbContext db, StudySetting setting, bool value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(setting);
        var row = await db.StudySettings.FirstOrDefaultAsync(s => s.Key == setting.Key, cancellationToken).ConfigureAwait(false);
        var text = StudySetting.Text(value);
        if (row is null)
        {
            if (value == setting.Default)
                return false;
            db.StudySettings.Add(new StudySettingRow { Key = setting.Key, Value = text });
        }
        else if (row.Value == text)
        {
            return false;
        }
        else
        {
            row.Value = text;
        }
        return true;
    }
}
