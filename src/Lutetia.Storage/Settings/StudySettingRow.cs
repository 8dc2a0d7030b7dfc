namespace Lutetia.Storage.Settings;

/// <summary>
/// One study-wide setting as stored: its key (<see cref="StudySetting.Key"/>) and its value as text.
/// A key without a row has its default. Audited like every other row: who changed a setting, when,
/// from what to what.
/// </summary>
public sealed class StudySettingRow
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
