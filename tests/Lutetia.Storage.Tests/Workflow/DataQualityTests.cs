using Lutetia.Intake;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests.Workflow;

/// <summary>Data quality: intake's rules on the saved data, per centre and patient, refreshed by every save; and completeness.</summary>
public sealed class DataQualityTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_save_that_breaks_a_rule_shows_in_the_centres_list_with_patient_table_field_value_and_rule_until_fixed(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        Assert.DoesNotContain(study.Quality.ForCenter(study.InvestigatorC1, "C1"), i => i.Severity == Severity.Error);

        using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            web.Reason = "typing";
            web.Patients.Single(p => p.PatientId == "P1").Ki67Percent = 250m;
            web.PrrtCycles.Single(c => c.PatientId == "P1" && c.Cycle == 3).Date = new DateOnly(2016, 2, 1);
            web.SaveChanges();
        }
        // As the reader does, a row with a bad cell is reported once: P1's cross-file rules wait until it is fixed.
        var ki67 = Assert.Single(study.Quality.ForCenter(study.InvestigatorC1, "C1"), i => i.Severity == Severity.Error);
        Assert.Equal(("C1", "P1", "patients", "P1", "ki67_percent", "250"), (ki67.CenterId, ki67.PatientId, ki67.Table, ki67.RecordKey, ki67.Field, ki67.Value));
        Assert.Equal(PatientsTableCheck("ki67_percent", "250"), (ki67.Rule, ki67.Message));
        Assert.DoesNotContain(study.Quality.ForCenter(study.InvestigatorC2, "C2"), i => i.PatientId == "P1");

        using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            web.Reason = "fixed";
            web.Patients.Single(p => p.PatientId == "P1").Ki67Percent = 2.5m;
            web.SaveChanges();
        }
        var issues = study.Quality.ForCenter(study.InvestigatorC1, "C1").Where(i => i.Severity == Severity.Error).ToList();
        var order = Assert.Single(issues);
        Assert.Equal(("P1", "prrt_cycles", "P1/3", "date", "2016-02-01", "cycle_dates"), (order.PatientId, order.Table, order.RecordKey, order.Field, order.Value, order.Rule));
        Assert.Contains("cycle 3 is not after cycle 2", order.Message, StringComparison.Ordinal);
        Assert.Equal(issues, study.Quality.ForPatient(study.Coordinator, "P1").Where(i => i.Severity == Severity.Error));
        Assert.Throws<WorkflowForbiddenException>(() => study.Quality.ForCenter(study.InvestigatorC2, "C1"));
    }

    [Fact]
    public void A_cross_form_contradiction_is_found_on_one_patients_rows_as_the_reader_finds_it_in_files()
    {
        using var study = WorkflowStudy.Create(DatabaseProvider.Sqlite);
        using (var web = study.Store.Open("investigator2@lutetia.test"))
        {
            web.Reason = "entered";
            web.Complications.Add(new ComplicationRow
            {
                PatientId = "P2", Date = new DateOnly(2017, 1, 15), Type = Lutetia.Domain.ComplicationType.Diarrhea, Corticosteroids = false,
            });
            web.SaveChanges();
        }
        var issue = Assert.Single(study.Quality.ForPatient(study.InvestigatorC2, "P2"), i => i.Severity == Severity.Error);
        Assert.Equal(("complications", "complication_date", "2017-01-15"), (issue.Table, issue.Rule, issue.Value));
        Assert.Equal("the complication is dated before the first dose (2017-02-01)", issue.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_list_is_rewritten_in_the_saves_own_transaction_rolled_back_with_it_and_kept_out_of_the_audit_trail(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        long entries;
        using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            entries = web.AuditEntries.Count();
            using var transaction = web.Database.BeginTransaction();
            web.Reason = "trial";
            web.Patients.Single(p => p.PatientId == "P1").Ecog = 9;
            web.SaveChanges();
            Assert.Contains(web.Set<DataQualityIssueRow>(), i => i.PatientId == "P1" && i.Field == "ecog");
            transaction.Rollback();
        }
        Assert.DoesNotContain(study.Quality.ForPatient(study.Coordinator, "P1"), i => i.Field == "ecog");

        using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            web.Reason = "typing";
            web.Patients.Single(p => p.PatientId == "P1").Ecog = 9;
            web.SaveChanges();
        }
        var ecog = Assert.Single(study.Quality.ForPatient(study.Coordinator, "P1"), i => i.Field == "ecog");
        Assert.Equal(("range", "9"), (ecog.Rule, ecog.Value));
        using var check = study.Store.Open();
        Assert.Equal(entries + 1, check.AuditEntries.Count());
        Assert.DoesNotContain(check.AuditEntries, e => e.Entity == "data_quality_issues");

        check.Database.ExecuteSqlRaw("DELETE FROM data_quality_issues");
        Assert.Throws<WorkflowForbiddenException>(() => study.Quality.Refresh(study.InvestigatorC1, "C1"));
        Assert.True(study.Quality.Refresh(study.Coordinator, "C1") > 0);
        Assert.Equal(ecog, Assert.Single(study.Quality.ForPatient(study.Coordinator, "P1"), i => i.Field == "ecog"));
        Assert.DoesNotContain(study.Quality.ForCenter(study.Coordinator, "C2"), i => i.Field == "ecog");
    }

    [Fact]
    public void Completeness_lists_what_each_included_patient_of_the_centre_lacks_for_each_endpoint()
    {
        using var study = WorkflowStudy.Create(DatabaseProvider.Sqlite);
        var gaps = study.Quality.Completeness(study.InvestigatorC1, "C1");
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.Equal(("P1", "C1"), (g.Patient, g.Center)));
        Assert.Throws<WorkflowForbiddenException>(() => study.Quality.Completeness(study.InvestigatorC1, "C2"));
    }

    private static (string Rule, string Message) PatientsTableCheck(string column, string value)
    {
        var issue = CohortFormat.Table("patients")!.Column(column)!.Check(value)!.Value;
        return (issue.Rule, issue.Message);
    }
}
