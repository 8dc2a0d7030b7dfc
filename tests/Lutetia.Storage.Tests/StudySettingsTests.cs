using Lutetia.Storage.Settings;

namespace Lutetia.Storage.Tests;

public sealed class StudySettingsTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_setting_has_its_default_until_set_and_every_change_is_audited(DatabaseProvider provider)
    {
        using var store = TestStore.Create(provider);
        using var db = store.Open("coord@chu.fr");
        var ct = TestContext.Current.CancellationToken;
        Assert.False(await StudySettings.IsOnAsync(db, StudySetting.CentralReadsReleased, ct));

        Assert.False(await StudySettings.SetAsync(db, StudySetting.CentralReadsReleased, false, ct));
        Assert.Empty(db.AuditEntries.Where(e => e.Entity == "study_settings"));

        Assert.True(await StudySettings.SetAsync(db, StudySetting.CentralReadsReleased, true, ct));
        Assert.True(await StudySettings.SetAsync(db, StudySetting.CentralReadsReleased, false, ct));
        using var again = store.Open("test:check");
        Assert.False(await StudySettings.IsOnAsync(again, StudySetting.CentralReadsReleased, ct));
        Assert.Equal([(StudySetting.CentralReadsReleased, false), (StudySetting.TwoFactorRequiredForCoordinators, false)],
            await StudySettings.AllAsync(again, ct));
        var entries = again.AuditEntries.Where(e => e.Entity == "study_settings").OrderBy(e => e.Id).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("coord@chu.fr", AuditAction.Insert, "central_reads_released"), (entries[0].User, entries[0].Action, entries[0].EntityKey));
        Assert.Equal((AuditAction.Update, "value", "yes", "no"), (entries[1].Action, entries[1].Field, entries[1].OldValue, entries[1].NewValue));
    }
}
