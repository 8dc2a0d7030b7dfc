using Lutetia.Analysis;
using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Analysis;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Analysis;

/// <summary>The analysis is computed once per data version (the audit chain's head), protocol and scope, and kept in the process's cache.</summary>
public sealed class AnalysisCacheTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_analysis_is_computed_once_per_data_version_and_a_save_makes_the_next_request_recompute_it(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var cache = new AnalysisCache();
        var analysis = new AnalyseStudy(study.Db, StudyProtocol.Published, cache);

        var first = await Done(analysis.RunAsync(c.Coordinator, Cancellation));
        var second = await Done(analysis.RunAsync(c.Coordinator, Cancellation));
        var statistician = await Done(analysis.RunAsync(c.Statistician, Cancellation));
        Assert.Equal(1L, cache.Computations);
        Assert.Same(first, second);
        Assert.Same(first, statistician);

        var patient = study.Db.Patients.OrderBy(p => p.PatientId).First();
        patient.Ecog = patient.Ecog == 1 ? 2 : 1;
        Assert.Null((await AuditedSave.SaveAsync(study.Db, c.Coordinator, "ECOG corrected from the source document", Cancellation)).Refusal);

        var afterSave = await Done(analysis.RunAsync(c.Coordinator, Cancellation));
        Assert.Equal(2L, cache.Computations);
        Assert.NotSame(first, afterSave);
        Assert.Equal(patient.Ecog, afterSave.Patients.Single(p => p.Record.Patient.Id.Value == patient.PatientId).Record.Patient.Ecog);
        Assert.Same(afterSave, await Done(analysis.RunAsync(c.Coordinator, Cancellation)));
        Assert.Equal(2L, cache.Computations);
        Assert.Equal(1, cache.Count); // the older version is dropped once a later one is asked for
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_investigators_scope_never_gets_the_analysis_cached_for_every_centre(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var cache = new AnalysisCache();
        var everyCentre = await Done(new AnalyseStudy(study.Db, StudyProtocol.Published, cache).RunAsync(c.Coordinator, Cancellation));
        Assert.Contains(everyCentre.Patients, p => p.Record.Patient.Center.Value != "C1");

        // The matrix gives investigators no analysis page; the scope is in the key all the same, so a change of the matrix cannot leak.
        await Refused(RefusalKind.Forbidden, new AnalyseStudy(study.Db, StudyProtocol.Published, cache).RunAsync(c.InvestigatorC1, Cancellation));
        var own = await AnalyseStudy.AnalyseAsync(study.Db, StudyProtocol.Published, cache, c.InvestigatorC1, Cancellation);
        Assert.Equal(2L, cache.Computations);
        Assert.NotEmpty(own.Patients);
        Assert.All(own.Patients, p => Assert.Equal("C1", p.Record.Patient.Center.Value));
        Assert.Equal(everyCentre.Patients.Count(p => p.Record.Patient.Center.Value == "C1"), own.Patients.Count);
    }

    [Fact]
    public async Task A_reviewer_never_gets_the_agreement_of_the_analysis_cached_for_the_coordinator()
    {
        using var study = WorkflowStudy.Create(DatabaseProvider.Sqlite);
        var c = new StudyCases(study);
        var cache = new AnalysisCache();
        var agreement = new AgreementTables(study.Db, StudyProtocol.Published, cache);
        await Done(agreement.RunAsync(c.Coordinator, Cancellation));
        await Done(agreement.RunAsync(c.Reviewer, Cancellation));
        // A patient waits for a central read: the reviewer's analysis leaves that patient's reads out, so it is a scope of its own.
        Assert.NotEmpty(await Done(c.Queue.RunAsync(c.Reviewer, Cancellation)));
        Assert.Equal(2L, cache.Computations);
        await Done(agreement.RunAsync(c.Reviewer, Cancellation));
        Assert.Equal(2L, cache.Computations);
    }

    [Fact]
    public async Task Requests_for_a_version_being_computed_wait_for_that_one_computation()
    {
        using var study = WorkflowStudy.Create(DatabaseProvider.Sqlite);
        var c = new StudyCases(study);
        var results = await Done(new AnalyseStudy(study.Db, StudyProtocol.Published, new AnalysisCache()).RunAsync(c.Coordinator, Cancellation));
        var cache = new AnalysisCache();
        var key = new AnalysisKey(7, "head", StudyProtocol.Published.Parameters, new AnalysisScope(null, false, false));
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => cache.GetOrComputeAsync(key, () =>
        {
            started.Set();
            release.Wait(Cancellation);
            return results;
        }, Cancellation), Cancellation);
        started.Wait(Cancellation);
        var waiting = cache.GetOrComputeAsync(key, () => throw new InvalidOperationException("computed a second time"), Cancellation);
        Assert.False(waiting.IsCompleted);
        release.Set();
        Assert.Same(await first, await waiting);
        Assert.Equal(1L, cache.Computations);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept_and_the_cache_holds_its_capacity_at_most()
    {
        var cache = new AnalysisCache(capacity: 2);
        var parameters = StudyProtocol.Published.Parameters;
        AnalysisKey Key(string center) => new(1, "h", parameters, new AnalysisScope(center, false, false));
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrComputeAsync(Key("C1"), () => throw new InvalidOperationException("a bug"), Cancellation));
        Assert.Equal(0, cache.Count);
        var results = StudyAnalysis.Analyze(Sample.Small(), parameters);
        foreach (var center in new[] { "C1", "C2", "C3" })
            Assert.Same(results, await cache.GetOrComputeAsync(Key(center), () => results, Cancellation));
        Assert.Equal(2, cache.Count);
        Assert.Equal(4L, cache.Computations);
    }
}
