using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Workflow.Records;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Records;

/// <summary>The record-status dashboard on the small cohort (P1 of C1, P2 of C2): per-centre reach, states from queries and locks, filter, sort, paging.</summary>
public sealed class RecordStatusesTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_investigator_sees_their_own_centre_only_and_is_refused_another_by_the_filter(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var statuses = new RecordStatuses(study.Db);
        var all = await Done(statuses.RunAsync(c.Statistician, new StatusFilter(), Cancellation));
        Assert.Equal(["P1", "P2"], all.Lines.Select(l => l.PatientId));
        Assert.Equal(["C1", "C2"], all.Centres.Select(x => x.CenterId));

        var own = await Done(statuses.RunAsync(c.InvestigatorC1, new StatusFilter(), Cancellation));
        Assert.Equal(["P1"], own.Lines.Select(l => l.PatientId));
        Assert.Equal(["C1"], own.Centres.Select(x => x.CenterId));
        Assert.Equal(1, own.Total.Patients);
        var refused = await Refused(RefusalKind.Forbidden, statuses.RunAsync(c.InvestigatorC1, new StatusFilter(Centre: "C2"), Cancellation));
        Assert.Contains("centre C2", refused.Sentence, StringComparison.Ordinal);
        Assert.Empty((await Done(statuses.RunAsync(c.InvestigatorC1, new StatusFilter(Search: "P2"), Cancellation))).Lines);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_open_query_marks_its_form_a_lock_the_whole_record_and_the_counts_follow(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var statuses = new RecordStatuses(study.Db);
        var cycleKey = study.Db.PrrtCycles.Where(r => r.PatientId == "P1").OrderBy(r => r.Cycle).Select(r => r.Cycle).First();
        await Done(c.Raise.RunAsync(c.Reviewer, "P1", "prrt_cycles", $"P1/{cycleKey}", "activity_gbq", "Activity of this cycle?", Cancellation));
        await Done(c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P2", Cancellation));

        var board = await Done(statuses.RunAsync(c.Coordinator, new StatusFilter(), Cancellation));
        var p1 = board.Lines.Single(l => l.PatientId == "P1");
        Assert.Equal(RecordState.OpenQuery, p1[RecordForm.Cycles]);
        Assert.NotEqual(RecordState.OpenQuery, p1[RecordForm.Imaging]);
        Assert.All(board.Lines.Single(l => l.PatientId == "P2").States, s => Assert.Equal(RecordState.Locked, s));
        Assert.Equal(1, board.Centres.Single(x => x.CenterId == "C1").ByState[RecordState.OpenQuery]);
        Assert.Equal(0, board.Centres.Single(x => x.CenterId == "C1").ByState[RecordState.Locked]);
        Assert.Equal(1, board.Centres.Single(x => x.CenterId == "C2").ByState[RecordState.Locked]);

        var locked = await Done(statuses.RunAsync(c.Coordinator, new StatusFilter(State: RecordState.Locked), Cancellation));
        Assert.Equal(["P2"], locked.Lines.Select(l => l.PatientId));
        var byCycles = await Done(statuses.RunAsync(c.Coordinator, new StatusFilter(Sort: "cycles"), Cancellation));
        Assert.Equal(["P2", "P1"], byCycles.Lines.Select(l => l.PatientId));
        var byPatientDown = await Done(statuses.RunAsync(c.Coordinator, new StatusFilter(Sort: "patient", Descending: true), Cancellation));
        Assert.Equal(["P2", "P1"], byPatientDown.Lines.Select(l => l.PatientId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_large_study_comes_in_pages_of_fifty_with_the_counts_over_every_patient(DatabaseProvider provider)
    {
        using var store = TestStore.Create(provider);
        using (var seed = store.Open("test:import"))
            CohortStore.Import(seed, Sample.Synthetic(120));
        using var db = store.Open("test:dashboard");
        var coordinator = new Access.Account("coordinator@lutetia.test", LutetiaRole.Coordinator, null);
        var statuses = new RecordStatuses(db);
        var first = await Done(statuses.RunAsync(coordinator, new StatusFilter(), Cancellation));
        Assert.Equal((120, 3, 1, StatusFilter.PageSize), (first.Matching, first.Pages, first.Page, first.Lines.Count));
        Assert.Equal(120, first.Total.Patients);
        var last = await Done(statuses.RunAsync(coordinator, new StatusFilter(Page: 99), Cancellation));
        Assert.Equal((3, 20), (last.Page, last.Lines.Count));
        Assert.Empty(first.Lines.Select(l => l.PatientId).Intersect(last.Lines.Select(l => l.PatientId)));
    }
}
