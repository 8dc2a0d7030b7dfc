using Lutetia.Storage;
using Lutetia.Storage.Settings;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Settings;
using static Lutetia.Workflow.Tests.Administration.AdministrationStudy;

namespace Lutetia.Workflow.Tests.Administration;

/// <summary>
/// The one use case behind /settings and /settings/central-reads: a study-wide switch changes only
/// with a reason, only by a coordinator, and the audit trail keeps who and why.
/// </summary>
public sealed class StudySettingTests
{
    private static readonly CancellationToken Cancel = CancellationToken.None;
    private static readonly string Released = StudySetting.CentralReadsReleased.Key;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_setting_does_not_change_without_a_reason_nor_for_a_non_coordinator(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using (var scope = study.Over())
        {
            var change = scope.Get<ChangeStudySetting>();
            var unexplained = await change.RunAsync(Coordinator, Released, StudySetting.Yes, "  ", Cancel);
            Refused(RefusalKind.Invalid, $"Say why {Released} changes (for example: \"central review closed on 2026-12-01\"). Nothing was saved.", unexplained.Refusal);
            Assert.Equal(ChangeStudySetting.ReasonField, Assert.Single(unexplained.Refusal!.Fields).Field);
            Refused(RefusalKind.Forbidden, "reader@chu-lyon.fr is a reviewer: only a coordinator may change a study setting; nothing was done",
                (await change.RunAsync(Reviewer, Released, StudySetting.Yes, "central review closed", Cancel)).Refusal);
            var investigator = new Account("inv@chu.fr", LutetiaRole.Investigator, "C1");
            Assert.Equal(RefusalKind.Forbidden, (await change.RunAsync(investigator, Released, StudySetting.Yes, "why not", Cancel)).Refusal?.Kind);
            Assert.Equal(RefusalKind.Forbidden, (await scope.Get<ReadStudySettings>().RunAsync(Reviewer, Cancel)).Refusal?.Kind);
        }
        using var db = study.Store.Open("test:check");
        Assert.False(await StudySettings.IsOnAsync(db, StudySetting.CentralReadsReleased, Cancel));
        Assert.Empty(study.Entries("study_settings", Released));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_setting_changes_with_its_reason_in_the_coordinator_s_name_and_a_repeat_changes_nothing(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using (var scope = study.Over())
        {
            var change = scope.Get<ChangeStudySetting>();
            Assert.False((await change.RunAsync(Coordinator, Released, StudySetting.No, "already hidden", Cancel)).Value);
            Assert.True((await change.RunAsync(Coordinator, Released, StudySetting.Yes, "central review closed", Cancel)).Value);
            Assert.False((await change.RunAsync(Coordinator, Released, StudySetting.Yes, "again", Cancel)).Value);
            Assert.True((await change.RunAsync(Coordinator, Released, StudySetting.No, "reopened for a late exam", Cancel)).Value);
            Refused(RefusalKind.Invalid, "\"released\" is not a setting: central_reads_released, two_factor_required_for_coordinators",
                (await change.RunAsync(Coordinator, "released", StudySetting.Yes, "r", Cancel)).Refusal);
            Refused(RefusalKind.Invalid, $"\"maybe\" is not a value of {Released}: yes or no",
                (await change.RunAsync(Coordinator, Released, "maybe", "r", Cancel)).Refusal);
            var settings = (await scope.Get<ReadStudySettings>().RunAsync(Coordinator, Cancel)).Value;
            Assert.Equal([(StudySetting.CentralReadsReleased, false), (StudySetting.TwoFactorRequiredForCoordinators, false)], settings);
        }
        var entries = study.Entries("study_settings", Released);
        Assert.Equal([(AuditAction.Insert, Chief, "central review closed"), (AuditAction.Update, Chief, "reopened for a late exam")],
            entries.Select(e => (e.Action, e.User, e.Reason)));
        Assert.Equal(("value", "yes", "no"), (entries[1].Field, entries[1].OldValue, entries[1].NewValue));
    }
}
