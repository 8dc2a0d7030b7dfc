using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.DataQuality.QualityStudy;

namespace Lutetia.Workflow.Tests.DataQuality;

/// <summary>Data quality: intake's rules on the saved data, per centre and patient, refreshed by every save; and completeness.</summary>
public sealed class DataQualityTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_save_that_breaks_a_rule_shows_in_the_centres_list_with_patient_table_field_value_and_rule_until_fixed(DatabaseProvider provider)
    {
        using var study = QualityStudy.Create(provider);
        Assert.DoesNotContain(Value(await study.CenterIssues.RunAsync(InvestigatorC1, "C1", None)), i => i.Severity == Severity.Error);

        using (var web = study.Open("investigator1@lutetia.test"))
        {
            web.Reason = "typing";
            web.Patients.Single(p => p.PatientId == "P1").Ki67Percent = 250m;
            web.PrrtCycles.Single(c => c.PatientId == "P1" && c.Cycle == 3).Date = new DateOnly(2016, 2, 1);
            web.SaveChanges();
        }
        // As the reader does, a row with a bad cell is reported once: P1's cross-file rules wait until it is fixed.
        var ki67 = Assert.Single(Value(await study.CenterIssues.RunAsync(InvestigatorC1, "C1", None)), i => i.Severity == Severity.Error);
        Assert.Equal(("C1", "P1", "patients", "P1", "ki67_percent", "250"), (ki67.CenterId, ki67.PatientId, ki67.Table, ki67.RecordKey, ki67.Field, ki67.Value));
        Assert.Equal(PatientsTableCheck("ki67_percent", "250"), (ki67.Rule, ki67.Message));
        Assert.DoesNotContain(Value(await study.CenterIssues.RunAsync(InvestigatorC2, "C2", None)), i => i.PatientId == "P1");

        using (var web = study.Open("investigator1@lutetia.test"))
        {
            web.Reason = "fixed";
            web.Patients.Single(p => p.PatientId == "P1").Ki67Percent = 2.5m;
            await web.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var issues = Value(await study.CenterIssues.RunAsync(InvestigatorC1, "C1", None)).Where(i => i.Severity == Severity.Error).ToList();
        var order = Assert.Single(issues);
        Assert.Equal(("P1", "prrt_cycles", "P1/3", "date", "2016-02-01", "cycle_dates"), (order.PatientId, order.Table, order.RecordKey, order.Field, order.Value, order.Rule));
        Assert.Contains("cycle 3 is not after cycle 2", order.Message, StringComparison.Ordinal);
        Assert.Equal(issues, Value(await study.PatientIssuesAsync(Coordinator, "P1", None)).Where(i => i.Severity == Severity.Error));
        var refused = (await study.CenterIssues.RunAsync(InvestigatorC2, "C1", None)).Refusal;
        Assert.Equal(RefusalKind.Forbidden, refused?.Kind);
        Assert.Equal("investigator2@lutetia.test is an investigator of centre C2 and may not see the data-quality issues of centre C1; nothing was done", refused?.Message);
        Assert.Equal(RefusalKind.NotFound, (await study.PatientIssuesAsync(Coordinator, "P9", None)).Refusal?.Kind);
    }

    [Fact]
    public async Task A_cross_form_contradiction_is_found_on_one_patients_rows_as_the_reader_finds_it_in_files()
    {
        using var study = QualityStudy.Create(DatabaseProvider.Sqlite);
        using (var web = study.Open("investigator2@lutetia.test"))
        {
            web.Reason = "entered";
            web.Complications.Add(new ComplicationRow
            {
                PatientId = "P2",
                Date = new DateOnly(2017, 1, 15),
                Type = Lutetia.Domain.ComplicationType.Diarrhea,
                Corticosteroids = false,
            });
            web.SaveChanges();
        }
        var issue = Assert.Single(Value(await study.PatientIssuesAsync(InvestigatorC2, "P2", None)), i => i.Severity == Severity.Error);
        Assert.Equal(("complications", "complication_date", "2017-01-15"), (issue.Table, issue.Rule, issue.Value));
        Assert.Equal("the complication is dated before the first dose (2017-02-01)", issue.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_list_is_rewritten_in_the_saves_own_transaction_rolled_back_with_it_and_kept_out_of_the_audit_trail(DatabaseProvider provider)
    {
        using var study = QualityStudy.Create(provider);
        long entries;
        using (var web = study.Open("investigator1@lutetia.test"))
        {
            entries = web.AuditEntries.Count();
            using var transaction = web.Database.BeginTransaction();
            web.Reason = "trial";
            web.Patients.Single(p => p.PatientId == "P1").Ecog = 9;
            web.SaveChanges();
            Assert.Contains(web.Set<DataQualityIssueRow>(), i => i.PatientId == "P1" && i.Field == "ecog");
            transaction.Rollback();
        }
        Assert.DoesNotContain(Value(await study.PatientIssuesAsync(Coordinator, "P1", None)), i => i.Field == "ecog");

        using (var web = study.Open("investigator1@lutetia.test"))
        {
            web.Reason = "typing";
            web.Patients.Single(p => p.PatientId == "P1").Ecog = 9;
            web.SaveChanges();
        }
        var ecog = Assert.Single(Value(await study.PatientIssuesAsync(Coordinator, "P1", None)), i => i.Field == "ecog");
        Assert.Equal(("range", "9"), (ecog.Rule, ecog.Value));
        using var check = study.Open();
        Assert.Equal(entries + 1, check.AuditEntries.Count());
        Assert.DoesNotContain(check.AuditEntries, e => e.Entity == "data_quality_issues");

        check.Database.ExecuteSqlRaw("DELETE FROM data_quality_issues");
        var refused = (await study.Refresh.RunAsync(InvestigatorC1, "C1", None)).Refusal;
        Assert.Equal(RefusalKind.Forbidden, refused?.Kind);
        Assert.Equal("investigator1@lutetia.test is an investigator: only a coordinator may recompute the data-quality issues; nothing was done", refused?.Message);
        Assert.True(Value(await study.Refresh.RunAsync(Coordinator, "C1", None)) > 0);
        Assert.Equal(ecog, Assert.Single(Value(await study.PatientIssuesAsync(Coordinator, "P1", None)), i => i.Field == "ecog"));
        Assert.DoesNotContain(Value(await study.CenterIssues.RunAsync(Coordinator, "C2", None)), i => i.Field == "ecog");
    }

    [Fact]
    public async Task A_context_without_the_observer_saves_without_refreshing_and_the_refresh_fails_with_the_save()
    {
        using var study = QualityStudy.Create(DatabaseProvider.Sqlite);
        using (var bare = study.Store.Open("test:storage-only"))
        {
            bare.Reason = "typing";
            bare.Patients.Single(p => p.PatientId == "P1").Ecog = 9;
            bare.SaveChanges();
        }
        Assert.DoesNotContain(Value(await study.PatientIssuesAsync(Coordinator, "P1", None)), i => i.Field == "ecog");

        using var failing = study.Store.Open("test:failing");
        failing.SavedDataObserver = new FailingObserver();
        failing.Reason = "typing";
        failing.Patients.Single(p => p.PatientId == "P1").Ecog = 3;
        Assert.Throws<InvalidOperationException>(() => failing.SaveChanges());
        using var check = study.Open();
        Assert.Equal(9, check.Patients.AsNoTracking().Single(p => p.PatientId == "P1").Ecog);
    }

    [Fact]
    public async Task Completeness_lists_what_each_included_patient_of_the_centre_lacks_for_each_endpoint()
    {
        using var study = QualityStudy.Create(DatabaseProvider.Sqlite);
        var gaps = Value(await study.Completeness.RunAsync(InvestigatorC1, "C1", None));
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.Equal(("P1", "C1"), (g.Patient, g.Center)));
        Assert.Equal(RefusalKind.Forbidden, (await study.Completeness.RunAsync(InvestigatorC1, "C2", None)).Refusal?.Kind);

        using (var db = study.Open("coordinator@lutetia.test"))
        {
            db.Centers.Add(new CenterRow { CenterId = "C3", Name = "Centre three, just opened" });
            db.SaveChanges();
        }
        Assert.Empty(Value(await study.Completeness.RunAsync(Coordinator, "C3", None)));
        Assert.Empty(Value(await study.CenterIssues.RunAsync(Coordinator, "C3", None)));
        Assert.Equal(RefusalKind.NotFound, (await study.Completeness.RunAsync(Coordinator, "C9", None)).Refusal?.Kind);
    }

    private static (string Rule, string Message) PatientsTableCheck(string column, string value)
    {
        var issue = CohortFormat.Table("patients")!.Column(column)!.Check(value)!.Value;
        return (issue.Rule, issue.Message);
    }

    private sealed class FailingObserver : ISavedDataObserver
    {
        public Task PatientsSavedAsync(LutetiaDbContext db, IReadOnlyList<string> patientIds, DateTime savedAtUtc, bool async, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the observer failed");
    }
}
