using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Centres;

/// <summary>The centres a page lists to choose from: every centre in the study's order, an investigator's own only.</summary>
public sealed class VisibleCentresTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_investigator_sees_their_own_centre_and_the_others_every_centre_in_order(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var cancellation = TestContext.Current.CancellationToken;
        Assert.Equal(["C1", "C2"], await Done(c.VisibleCentres.RunAsync(c.Statistician, cancellation)));
        Assert.Equal(["C2"], await Done(c.VisibleCentres.RunAsync(c.InvestigatorC2, cancellation)));
    }
}
