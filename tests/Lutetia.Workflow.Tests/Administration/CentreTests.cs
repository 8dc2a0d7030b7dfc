using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Centres;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.Administration.AdministrationStudy;

namespace Lutetia.Workflow.Tests.Administration;

/// <summary>The coordinator's centres: add and rename refuse with a message per field, a rename needs a reason, and only a coordinator does either.</summary>
public sealed class CentreTests
{
    private static readonly CancellationToken Cancel = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_centre_is_added_with_a_valid_new_identifier_and_a_name_by_a_coordinator_only(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using (var scope = study.Over())
        {
            var add = scope.Get<AddCentre>();
            Refused(RefusalKind.Forbidden, "reader@chu-lyon.fr is a reviewer: only a coordinator may add a centre; nothing was done",
                (await add.RunAsync(Reviewer, "C3", "Marseille", Cancel)).Refusal);
            var bad = (await add.RunAsync(Coordinator, "C 3", " ", Cancel)).Refusal!;
            Assert.Equal([AddCentre.IdField, AddCentre.NameField], bad.Fields.Select(f => f.Field));
            Assert.StartsWith("\"C 3\" is not an identifier", bad.Message, StringComparison.Ordinal);
            Refused(RefusalKind.Invalid, "centre C1 already exists: choose another identifier, or rename centre C1",
                (await add.RunAsync(Coordinator, "C1", "Lyon bis", Cancel)).Refusal);
            Assert.True((await add.RunAsync(Coordinator, " C3 ", " Marseille ", Cancel)).Succeeded);
            var centres = (await scope.Get<ListCentres>().RunAsync(Coordinator, Cancel)).Value;
            Assert.Equal(new CenterSummary("C3", "Marseille", 0), centres[^1]);
            Assert.Equal(RefusalKind.Forbidden, (await scope.Get<ListCentres>().RunAsync(Reviewer, Cancel)).Refusal?.Kind);
        }
        var entry = Assert.Single(study.Entries("centers", "C3"));
        Assert.Equal((AuditAction.Insert, Chief), (entry.Action, entry.User));
        Assert.Contains("Marseille", entry.NewValue, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Renaming_a_centre_needs_a_reason_which_the_audit_trail_keeps(DatabaseProvider provider)
    {
        using var study = await CreateAsync(provider);
        using (var scope = study.Over())
        {
            var rename = scope.Get<RenameCentre>();
            var unexplained = (await rename.RunAsync(Coordinator, "C1", "CHU de Lyon", " ", Cancel)).Refusal;
            Refused(RefusalKind.Invalid, RenameCentre.ReasonNeeded, unexplained);
            Assert.Equal(RenameCentre.ReasonField, Assert.Single(unexplained!.Fields).Field);
            Refused(RefusalKind.Invalid, "there is no centre \"C9\": choose one of the list", (await rename.RunAsync(Coordinator, "C9", "X", "r", Cancel)).Refusal);
            Assert.Equal(RefusalKind.Forbidden, (await rename.RunAsync(Reviewer, "C1", "CHU de Lyon", "r", Cancel)).Refusal?.Kind);
        }
        using (var scope = study.Over())
        {
            var rename = scope.Get<RenameCentre>();
            Assert.True((await rename.RunAsync(Coordinator, "C1", " CHU de Lyon ", "official name", Cancel)).Succeeded);
            Refused(RefusalKind.Invalid, "centre C1 is already named \"CHU de Lyon\": nothing to change", (await rename.RunAsync(Coordinator, "C1", "CHU de Lyon", "r", Cancel)).Refusal);
        }
        using var db = study.Store.Open("test:check");
        Assert.Equal("CHU de Lyon", (await db.Centers.AsNoTracking().SingleAsync(c => c.CenterId == "C1", Cancel)).Name);
        var entry = Assert.Single(study.Entries("centers", "C1"), e => e.Action == AuditAction.Update);
        Assert.Equal(("name", "CHU de Lyon", "official name", Chief), (entry.Field, entry.NewValue, entry.Reason, entry.User));
    }
}
