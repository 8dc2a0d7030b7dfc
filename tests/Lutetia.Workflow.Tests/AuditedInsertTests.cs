using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests;

/// <summary>How a workflow step's save tells a lost race (the key was taken a moment before) from any other failure.</summary>
public sealed class AuditedInsertTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_step_whose_key_another_save_took_is_a_lost_race_and_anything_else_propagates(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var cancellation = TestContext.Current.CancellationToken;
        await Done(c.Raise.RunAsync(c.Reviewer, "P1", "patients", "P1", "ecog", "ECOG?", cancellation));
        FieldQueryStepRow Step(int query, int step) => new()
        {
            PatientId = "P1",
            QueryNumber = query,
            Step = step,
            Action = QueryAction.Answer,
            Status = QueryStatus.Answered,
            By = "investigator1@lutetia.test",
            AtUtc = new DateTime(2026, 11, 25, 20, 0, 0, DateTimeKind.Utc),
            Text = "answer",
        };

        var taken = Step(1, 1);
        var lost = await AuditedInsert.SaveAsync(study.Db, c.InvestigatorC1, "race", [taken], cancellation);
        Assert.Equal((RefusalKind.Conflict, true), (lost.Refusal?.Kind, lost.Refusal?.KeyTaken));
        Assert.Equal(EntityState.Detached, study.Db.Entry(taken).State);

        var orphan = Step(7, 1); // a step of a query that does not exist: a broken reference, not a race
        await Assert.ThrowsAsync<DbUpdateException>(() => AuditedInsert.SaveAsync(study.Db, c.InvestigatorC1, "orphan", [orphan], cancellation));
        Assert.Equal(EntityState.Detached, study.Db.Entry(orphan).State);

        Assert.True((await AuditedInsert.SaveAsync(study.Db, c.InvestigatorC1, "answer", [Step(1, 2)], cancellation)).Succeeded);
        Assert.Equal(("test:web", null), (study.Db.CurrentUser, study.Db.Reason));
        Assert.Equal(QueryStatus.Answered, (await Done(c.Get.RunAsync(c.Coordinator, "P1", 1, cancellation))).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Queries_raised_at_the_same_moment_on_one_patient_each_get_their_own_number(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var cancellation = TestContext.Current.CancellationToken;
        async Task<int> RaiseOne(int i)
        {
            await using var db = study.Store.Open("coordinator@lutetia.test");
            var raise = new Lutetia.Workflow.Queries.RaiseQuery(db, c.Clock);
            return (await Done(raise.RunAsync(c.Coordinator, "P1", "patients", "P1", "ecog", $"question {i}", cancellation))).Number;
        }

        // On threads of their own: SQLite's asynchronous calls complete synchronously and would run one raise after the other.
        var numbers = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => Task.Run(() => RaiseOne(i), cancellation)));
        Assert.Equal([1, 2, 3], numbers.Order());
        Assert.Equal(3, study.Db.Set<FieldQueryRow>().AsNoTracking().Count(q => q.PatientId == "P1"));
    }
}
