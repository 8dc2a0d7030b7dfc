using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Queries;

/// <summary>Queries on a field: the life cycle, who may take each step, the history, the lists, and that nothing is ever deleted.</summary>
public sealed class QueryTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_query_goes_from_open_to_closed_each_step_by_its_role_and_recorded_in_history_and_audit(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var raised = await Done(c.Raise.RunAsync(c.Reviewer, "P1", "reads", "R3", "exam_date", "The report says 2016-09-21; please check.", Cancellation));
        Assert.Equal(("P1/Q1", QueryStatus.Open, "C1"), (raised.Label, raised.Status, raised.CenterId));

        study.Clock.Now = study.Clock.Now.AddMinutes(5);
        await Done(c.Answer.RunAsync(c.InvestigatorC1, "P1", 1, "Source document says 2016-09-20.", Cancellation));
        await Done(c.Reopen.RunAsync(c.Coordinator, "P1", 1, "Please attach the report date too.", Cancellation));
        await Done(c.Answer.RunAsync(c.InvestigatorC1, "P1", 1, "Report dated 2016-09-21, exam 2016-09-20.", Cancellation));
        await Done(c.Propose.RunAsync(c.Reviewer, "P1", 1, "Keep 2016-09-20.", Cancellation));
        var closed = await Done(c.Close.RunAsync(c.Coordinator, "P1", 1, "Confirmed.", Cancellation));

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
    public async Task Each_step_is_refused_to_the_wrong_role_or_centre_and_out_of_order(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var investigator = await Refused(RefusalKind.Forbidden, c.Raise.RunAsync(c.InvestigatorC1, "P1", "patients", "P1", "ecog", "?", Cancellation));
        Assert.Equal("investigator1@lutetia.test is an investigator: only a coordinator or reviewer may raise a query; nothing was done", investigator.Message);
        await Refused(RefusalKind.Forbidden, c.Raise.RunAsync(c.Statistician, "P1", "patients", "P1", "ecog", "?", Cancellation));
        await Done(c.Raise.RunAsync(c.Coordinator, "P1", "patients", "P1", "ecog", "ECOG 0 at 70 years with carcinoid heart disease?", Cancellation));

        var other = await Refused(RefusalKind.Forbidden, c.Answer.RunAsync(c.InvestigatorC2, "P1", 1, "fine", Cancellation));
        Assert.Contains("investigator of centre C2", other.Message, StringComparison.Ordinal);
        await Refused(RefusalKind.Forbidden, c.Answer.RunAsync(c.Coordinator, "P1", 1, "fine", Cancellation));
        await Refused(RefusalKind.Forbidden, c.Close.RunAsync(c.InvestigatorC1, "P1", 1, "fine", Cancellation));
        // Closing is one step from any status but closed (docs/workflow.md); proposing a resolution still needs the centre's answer.
        var early = await Refused(RefusalKind.Conflict, c.Propose.RunAsync(c.Coordinator, "P1", 1, "done", Cancellation));
        Assert.Contains("is open: it can be given a proposed resolution only when answered", early.Message, StringComparison.Ordinal);
        await Refused(RefusalKind.Conflict, c.Reopen.RunAsync(c.Coordinator, "P1", 1, "again", Cancellation));
        var blank = await Refused(RefusalKind.Invalid, c.Answer.RunAsync(c.InvestigatorC1, "P1", 1, "  ", Cancellation));
        Assert.Equal("text", Assert.Single(blank.Fields).Field);
        await Refused(RefusalKind.Invalid, c.Raise.RunAsync(c.Coordinator, "P1", "reads", "R6", "exam_date", "R6 is P2's", Cancellation));
        await Refused(RefusalKind.Invalid, c.Raise.RunAsync(c.Coordinator, "P1", "reads", "R3", "height", "no such field", Cancellation));
        await Refused(RefusalKind.NotFound, c.Answer.RunAsync(c.InvestigatorC1, "P1", 7, "no such query", Cancellation));
        await Refused(RefusalKind.Forbidden, c.CenterQueries.RunAsync(c.InvestigatorC2, "C1", Cancellation));
        Assert.Equal(QueryStatus.Open, (await Done(c.Get.RunAsync(c.InvestigatorC1, "P1", 1, Cancellation))).Status);
        Assert.Single(study.Db.Set<FieldQueryStepRow>().AsNoTracking());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_centre_list_holds_the_queries_not_closed_and_the_record_list_every_query_of_the_record(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        await Done(c.Raise.RunAsync(c.Reviewer, "P1", "measurements", "R3/L1", "diameter_mm", "22 mm, from 32: check the axis.", Cancellation));
        await Done(c.Raise.RunAsync(c.Reviewer, "P1", "measurements", "R3/L1", "diameter_mm", "Second look.", Cancellation));
        await Done(c.Raise.RunAsync(c.Coordinator, "P2", "patients", "P2", "ecog", "ECOG?", Cancellation));
        await Done(c.Answer.RunAsync(c.InvestigatorC1, "P1", 2, "Short axis, right.", Cancellation));
        await Done(c.Propose.RunAsync(c.Coordinator, "P1", 2, "As is.", Cancellation));
        await Done(c.Close.RunAsync(c.Coordinator, "P1", 2, "Closed.", Cancellation));

        Assert.Equal(["P1/Q1"], (await Done(c.CenterQueries.RunAsync(c.InvestigatorC1, "C1", Cancellation))).Select(q => q.Label));
        Assert.Equal(["P2/Q1"], (await Done(c.CenterQueries.RunAsync(c.Statistician, "C2", Cancellation))).Select(q => q.Label));
        Assert.Equal(["P1/Q1", "P1/Q2"], (await Done(c.RecordQueries.RunAsync(c.InvestigatorC1, "P1", "measurements", "R3/L1", Cancellation))).Select(q => q.Label));
        Assert.Empty(await Done(c.RecordQueries.RunAsync(c.InvestigatorC1, "P1", "measurements", "R3/L2", Cancellation)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_database_refuses_to_update_or_delete_a_query_or_a_step_of_its_history(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        await Done(c.Raise.RunAsync(c.Reviewer, "P1", "patients", "P1", "ecog", "ECOG?", Cancellation));
        foreach (var sql in (string[])[
            "DELETE FROM field_queries", "UPDATE field_queries SET field = 'sex'",
            "DELETE FROM field_query_steps", "UPDATE field_query_steps SET text = 'nothing to see'"])
        {
            var refused = Assert.ThrowsAny<Exception>(() => study.Store.Sql(sql));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
        Assert.Equal("ECOG?", (await Done(c.Get.RunAsync(c.Coordinator, "P1", 1, Cancellation))).Steps[0].Text);
    }
}
