namespace Lutetia.Storage.Settings;

/// <summary>
/// A study-wide switch the coordinator sets (not a server setting: every instance of one study shares
/// it, because it lives in the study's database). Values are the format's booleans, <c>yes</c> or <c>no</c>.
/// </summary>
public sealed record StudySetting(string Key, bool Default, string Description)
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>Centres see the central (blinded) reads of their patients only once the coordinator releases them.</summary>
    public static readonly StudySetting CentralReadsReleased = new(
        "central_reads_released", false, "Centres may see the central imaging reads of their own patients.");

    /// <summary>Coordinator accounts must sign in with an authenticator app (TOTP) as a second factor.</summary>
    public static readonly StudySetting TwoFactorRequiredForCoordinators = new(
        "two_factor_required_for_coordinators", false, "Coordinators must sign in with a second factor (an authenticator app).");

    public static IReadOnlyList<StudySetting> All { get; } = [CentralReadsReleased, TwoFactorRequiredForCoordinators];

    public static StudySetting? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    public static string Text(bool value) => value ? Yes : No;
}
