using Lutetia.Intake.Tests;
using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Audit;
using Lutetia.Workflow.DataQuality;
using Lutetia.Workflow.Export;
using Lutetia.Workflow.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Lutetia.Workflow.Tests.Import;

/// <summary>The import, export and audit use cases: checked first, stored through the audit trail with the issue list, refused as values.</summary>
public sealed class ImportExportAuditTests
{
    private static readonly Account Coordinator = new("cli:test", LutetiaRole.Coordinator, null);
    private static readonly Account InvestigatorC1 = new("investigator1@lutetia.test", LutetiaRole.Investigator, "C1");
    private static readonly CancellationToken None = CancellationToken.None;

    private static StudyClock ClockOn(DateOnly day) =>
        new(new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_checked_cohort_imports_once_with_its_issue_list_and_an_investigator_exports_their_own_centre_only(DatabaseProvider provider)
    {
        using var folder = new TemporaryFolder();
        using var store = TestStore.Create(provider);
        var clock = ClockOn(TestCohort.Today);
        using var db = store.Open(Coordinator.UserName);
        db.SavedDataObserver = new DataQualityObserver(clock);
        var path = new TestCohort().WriteTo(folder);

        Assert.Equal(RefusalKind.Forbidden, (await new CheckCohortFile(clock).RunAsync(InvestigatorC1, path, "cohort", null, None)).Refusal?.Kind);
        var cohort = (await new CheckCohortFile(clock).RunAsync(Coordinator, path, "cohort", null, None)).Value;
        var rows = await new ImportCohort(db).RunAsync(Coordinator, cohort, "import of cohort", None);
        Assert.True(rows.Value > 0);
        Assert.All(db.AuditEntries.AsNoTracking().ToList(), e => Assert.Equal((Coordinator.UserName, "import of cohort"), (e.User, e.Reason)));
        Assert.Equal(db.Set<DataQualityIssueRow>().Count(), cohort.Warnings.Count);

        var again = (await new ImportCohort(db).RunAsync(Coordinator, cohort, "import of cohort", None)).Refusal;
        Assert.Equal(RefusalKind.Conflict, again?.Kind);
        Assert.StartsWith("the database already holds a cohort (", again?.Message, StringComparison.Ordinal);

        var own = (await new ExportCohort(db, StudyClock.System).RunAsync(InvestigatorC1, center: null, visible: null, lockedOnly: false, None)).Value;
        Assert.Equal("C1", own.Center);
        Assert.All(own.Cohort.Patients, p => Assert.Equal("C1", p.Center.Value));
        Assert.Equal(RefusalKind.NotFound, (await new ExportCohort(db, StudyClock.System).RunAsync(InvestigatorC1, "C2", null, false, None)).Refusal?.Kind);
        var unknown = (await new ExportCohort(db, StudyClock.System).RunAsync(Coordinator, "C9", null, false, None)).Refusal;
        Assert.Equal("there is no centre \"C9\" in the database; the centres are C1, C2", unknown?.Message);

        var verified = (await new VerifyAuditTrail(db).RunAsync(Coordinator, null, None)).Value;
        Assert.True(verified.IsIntact, verified.Data?.Message);
        Assert.Equal(RefusalKind.Forbidden, (await new VerifyAuditTrail(db).RunAsync(InvestigatorC1, null, None)).Refusal?.Kind);
    }

    [Fact]
    public async Task An_invalid_file_is_refused_with_every_error_as_a_field_and_dates_are_judged_against_the_study_date()
    {
        using var folder = new TemporaryFolder();
        var path = new TestCohort().Set("patients", 2, "sex", "unknown").WriteTo(folder);
        var refused = (await new CheckCohortFile(ClockOn(TestCohort.Today)).RunAsync(Coordinator, path, "broken", null, None)).Refusal!;
        Assert.Equal(RefusalKind.Invalid, refused.Kind);
        Assert.StartsWith("broken: not valid — 1 error(s). Nothing was imported", refused.Message, StringComparison.Ordinal);
        Assert.Contains(refused.Fields, f => f.Message.StartsWith("error: patients.csv row 2, column sex = \"unknown\"", StringComparison.Ordinal));

        // The same files, judged on a day before the cohort's last dates: those dates are in the future.
        using var other = new TemporaryFolder();
        var early = (await new CheckCohortFile(ClockOn(new DateOnly(2010, 1, 1))).RunAsync(Coordinator, new TestCohort().WriteTo(other), "early", null, None)).Refusal;
        Assert.Equal(RefusalKind.Invalid, early?.Kind);
    }
}
