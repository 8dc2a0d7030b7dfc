using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests.Workflow;

/// <summary>Queries on a field: the life cycle, who may take each step, the history, the lists, and that nothing is ever deleted.</summary>
public sealed class QueryTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_query_goes_from_open_to_closed_each_step_by_its_role_and_recorded_in_history_and_audit(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var queries = study.Queries;
        var raised = queries.Raise(study.Reviewer, "P1", "reads", "R3", "exam_date", "The report says 2016-09-21; please check.");
        Assert.Equal(("P1/Q1", QueryStatus.Open, "C1"), (raised.Label, raised.Status, raised.CenterId));

        study.Clock.Now = study.Clock.Now.AddMinutes(5);
        queries.Answer(study.InvestigatorC1, "P1", 1, "Source document says 2016-09-20.");
        queries.Reopen(study.Coordinator, "P1", 1, "Please attach the report date too.");
        queries.Answer(study.InvestigatorC1, "P1", 1, "Report dated 2016-09-21, exam 2016-09-20.");
        queries.ProposeResolution(study.Reviewer, "P1", 1, "Keep 2016-09-20.");
        var closed = queries.Close(study.Coordinator, "P1", 1, "Confirmed.");

        Assert.Equal(QueryStatus.Closed, closed.Status);
        Assert.Equal(
            [QueryAction.Raise, QueryAction.Answer, QueryAction.Reopen, QueryAction.Answer, QueryAction.ProposeResolution, QueryAction.Close],
            closed.Steps.Select(s => s.Action));
        Assert.Equal(["reviewer@lutetia.test", "investigator1@lutetia.test", "coordinator@lutetia.test"], closed.Steps.Take(3).Select(s => s.By));
        Assert.Equal(new DateTime(2026, 11, 25, 20, 5, 0, DateTimeKind.Utc), closed.Steps[1].AtUtc);
        Assert.Equal("Source document says 2016-09-20.", closed.Steps[1].Text);

        using var check = study.Store.Open();
        var audited = check.AuditEntries.Where(e => e.Entity == "field_query_steps").OrderBy(e => e.Id).ToList();
        Assert.Equal(6, audited.Count);
        Assert.Equal(("insert", "P1/1/2", "investigator1@lutetia.test", "query P1/Q1: answer"),
            (Lutetia.Domain.Codes<AuditAction>.ToCode(audited[1].Action), audited[1].EntityKey, audited[1].User, audited[1].Reason));
        Assert.Contains(check.AuditEntries, e => e.Entity == "field_queries" && e.EntityKey == "P1/1" && e.Action == AuditAction.Insert);
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Each_step_is_refused_to_the_wrong_role_or_centre_and_out_of_order(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var queries = study.Queries;
        Assert.Throws<WorkflowForbiddenException>(() => queries.Raise(study.InvestigatorC1, "P1", "patients", "P1", "ecog", "?"));
        Assert.Throws<WorkflowForbiddenException>(() => queries.Raise(study.Statistician, "P1", "patients", "P1", "ecog", "?"));
        queries.Raise(study.Coordinator, "P1", "patients", "P1", "ecog", "ECOG 0 at 70 years with carcinoid heart disease?");

        var other = Assert.Throws<WorkflowForbiddenException>(() => queries.Answer(study.InvestigatorC2, "P1", 1, "fine"));
        Assert.Contains("investigator of centre C2", other.Message, StringComparison.Ordinal);
        Assert.Throws<WorkflowForbiddenException>(() => queries.Answer(study.Coordinator, "P1", 1, "fine"));
        Assert.Throws<WorkflowForbiddenException>(() => queries.Close(study.InvestigatorC1, "P1", 1, "fine"));
        var early = Assert.Throws<WorkflowStateException>(() => queries.Close(study.Coordinator, "P1", 1, "done"));
        Assert.Contains("is open: it can be closed only when resolution proposed", early.Message, StringComparison.Ordinal);
        Assert.Throws<WorkflowStateException>(() => queries.Reopen(study.Coordinator, "P1", 1, "again"));
        Assert.Throws<ArgumentException>(() => queries.Answer(study.InvestigatorC1, "P1", 1, "  "));
        Assert.Throws<ArgumentException>(() => queries.Raise(study.Coordinator, "P1", "reads", "R6", "exam_date", "R6 is P2's"));
        Assert.Throws<ArgumentException>(() => queries.Raise(study.Coordinator, "P1", "reads", "R3", "height", "no such field"));
        Assert.Throws<WorkflowForbiddenException>(() => queries.OpenForCenter(study.InvestigatorC2, "C1"));
        Assert.Equal(QueryStatus.Open, queries.Get(study.InvestigatorC1, "P1", 1).Status);
        Assert.Single(study.Db.Set<FieldQueryStepRow>().AsNoTracking());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_centre_list_holds_the_queries_not_closed_and_the_record_list_every_query_of_the_record(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var queries = study.Queries;
        queries.Raise(study.Reviewer, "P1", "measurements", "R3/L1", "diameter_mm", "22 mm, from 32: check the axis.");
        queries.Raise(study.Reviewer, "P1", "measurements", "R3/L1", "diameter_mm", "Second look.");
        queries.Raise(study.Coordinator, "P2", "patients", "P2", "ecog", "ECOG?");
        queries.Answer(study.InvestigatorC1, "P1", 2, "Short axis, right.");
        queries.ProposeResolution(study.Coordinator, "P1", 2, "As is.");
        queries.Close(study.Coordinator, "P1", 2, "Closed.");

        Assert.Equal(["P1/Q1"], queries.OpenForCenter(study.InvestigatorC1, "C1").Select(q => q.Label));
        Assert.Equal(["P2/Q1"], queries.OpenForCenter(study.Statistician, "C2").Select(q => q.Label));
        Assert.Equal(["P1/Q1", "P1/Q2"], queries.ForRecord(study.InvestigatorC1, "P1", "measurements", "R3/L1").Select(q => q.Label));
        Assert.Empty(queries.ForRecord(study.InvestigatorC1, "P1", "measurements", "R3/L2"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_database_refuses_to_update_or_delete_a_query_or_a_step_of_its_history(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        study.Queries.Raise(study.Reviewer, "P1", "patients", "P1", "ecog", "ECOG?");
        foreach (var sql in (string[])[
            "DELETE FROM field_queries", "UPDATE field_queries SET field = 'sex'",
            "DELETE FROM field_query_steps", "UPDATE field_query_steps SET text = 'nothing to see'"])
        {
            var refused = Assert.ThrowsAny<Exception>(() => study.Store.Sql(sql));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
        Assert.Equal("ECOG?", study.Queries.Get(study.Coordinator, "P1", 1).Steps[0].Text);
    }
}
