using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Analysis;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Analysis;

/// <summary>The patients' derivations, the per-patient section of the report, a page of 200 at a time and searched by identifier.</summary>
public sealed class PatientDerivationsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_derivations_come_two_hundred_patients_a_page_and_are_searched_by_a_part_of_the_identifier()
    {
        using var store = TestStore.Create(DatabaseProvider.Sqlite);
        using var db = store.Open("test:import");
        CohortStore.Import(db, Sample.Synthetic(250));
        var derivations = new PatientDerivations(db, StudyProtocol.Published, new AnalysisCache());
        var statistician = new Account("statistician@lutetia.test", LutetiaRole.Statistician, null);

        var first = await Done(derivations.RunAsync(statistician, null, 1, Cancellation));
        Assert.Equal((1, 2, 250, PatientDerivations.PageSize), (first.Page, first.PageCount, first.Matching, first.Patients.Count));
        var second = await Done(derivations.RunAsync(statistician, "", 2, Cancellation));
        Assert.Equal(50, second.Patients.Count);
        Assert.Empty(first.Patients.Select(Id).Intersect(second.Patients.Select(Id)));
        Assert.All(first.Patients, p => Assert.NotEmpty(p.Derivations));

        var found = await Done(derivations.RunAsync(statistician, " syn0012 ", 1, Cancellation));
        Assert.Equal(("syn0012", 10, 1), (found.Search, found.Matching, found.PageCount));
        Assert.All(found.Patients, p => Assert.StartsWith("SYN0012", Id(p), StringComparison.Ordinal));

        var beyond = await Refused(RefusalKind.Invalid, derivations.RunAsync(statistician, null, 3, Cancellation));
        Assert.Contains("250 patient(s) match, on 2 page(s)", beyond.Sentence, StringComparison.Ordinal);
        await Refused(RefusalKind.Invalid, derivations.RunAsync(statistician, null, 0, Cancellation));
        await Refused(RefusalKind.Forbidden, derivations.RunAsync(new Account("investigator@lutetia.test", LutetiaRole.Investigator, "SYN01"), null, 1, Cancellation));
        await Refused(RefusalKind.Forbidden, derivations.RunAsync(new Account("reviewer@lutetia.test", LutetiaRole.Reviewer, null), null, 1, Cancellation));
    }

    private static string Id(Lutetia.Analysis.PatientEndpoints p) => p.Record.Patient.Id.Value;
}
