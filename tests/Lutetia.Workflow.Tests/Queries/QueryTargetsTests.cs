using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Queries;

/// <summary>What the form raising a query offers: the patient's records table by table, measurements last, and the fields.</summary>
public sealed class QueryTargetsTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_records_of_the_patient_are_offered_to_those_who_raise_queries_only(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var cancellation = TestContext.Current.CancellationToken;
        var choices = await Done(c.Targets.RunAsync(c.Reviewer, "P1", cancellation));
        Assert.Equal(new Lutetia.Workflow.Queries.QueryTarget("patients", "P1"), choices.Records[0]);
        Assert.Contains(new Lutetia.Workflow.Queries.QueryTarget("reads", "R3"), choices.Records);
        Assert.Equal("measurements", choices.Records[^1].Table);
        Assert.DoesNotContain(choices.Records, r => r.Key.StartsWith("P2", StringComparison.Ordinal) || r.Key == "R6");
        Assert.Contains("ecog", choices.Fields);
        Assert.Contains("diameter_mm", choices.Fields);
        Assert.Equal(choices.Fields.Count, choices.Fields.Distinct().Count());

        await Refused(RefusalKind.Forbidden, c.Targets.RunAsync(c.InvestigatorC1, "P1", cancellation));
        await Refused(RefusalKind.NotFound, c.Targets.RunAsync(c.Coordinator, "P9", cancellation));
    }
}
