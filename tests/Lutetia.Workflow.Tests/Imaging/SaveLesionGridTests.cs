using Lutetia.Workflow.Imaging;
using Lutetia.Workflow.Tests.Patients;

namespace Lutetia.Workflow.Tests.Imaging;

/// <summary>The lesion grid's use cases: who may open and save it, and a save over a grid someone else saved since.</summary>
public sealed class SaveLesionGridTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> With(LesionGridData grid, string cell, string value)
    {
        var values = grid.StoredTexts();
        values[cell] = value;
        return values;
    }

    [Fact]
    public async Task A_grid_saved_by_someone_else_since_it_was_opened_is_a_conflict_naming_them()
    {
        using var study = new PatientStudy();
        var first = study.Scope();
        var second = study.Scope();
        var mine = (await first.Get<OpenLesionGrid>().RunAsync(PatientStudy.Coordinator, "P1", "R1", Cancellation)).Value;
        var theirs = (await second.Get<OpenLesionGrid>().RunAsync(PatientStudy.Investigator, "P1", "R1", Cancellation)).Value;

        var saved = await second.Get<SaveLesionGrid>().RunAsync(PatientStudy.Investigator, theirs, With(theirs, "M1:diameter_mm", "31"), "re-measured", Cancellation);
        var late = await first.Get<SaveLesionGrid>().RunAsync(PatientStudy.Coordinator, mine, With(mine, "M1:diameter_mm", "33"), "re-measured too", Cancellation);

        Assert.True(saved.Succeeded, saved.ToString());
        Assert.Equal(RefusalKind.Conflict, late.Refusal?.Kind);
        Assert.Contains($"diameter_mm was changed by {PatientStudy.Investigator.UserName}", late.Refusal!.Message, StringComparison.Ordinal);
        using var db = study.Check();
        Assert.Equal(31m, db.Measurements.Single().DiameterMm);
    }

    [Fact]
    public async Task A_refused_save_leaves_the_grid_as_opened_for_the_next_attempt()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        var grid = (await scope.Get<OpenLesionGrid>().RunAsync(PatientStudy.Coordinator, "P1", "R1", Cancellation)).Value;
        var values = With(grid, "M1:diameter_mm", "35");

        var withoutReason = await scope.Get<SaveLesionGrid>().RunAsync(PatientStudy.Coordinator, grid, values, null, Cancellation);
        var badCell = await scope.Get<SaveLesionGrid>().RunAsync(PatientStudy.Coordinator, grid, With(grid, "M1:diameter_mm", "3,5"), "typo", Cancellation);
        var saved = await scope.Get<SaveLesionGrid>().RunAsync(PatientStudy.Coordinator, grid, values, "re-measured", Cancellation);

        Assert.Equal(SaveLesionGrid.ReasonNeeded, withoutReason.Refusal?.Message);
        Assert.Equal("M1:diameter_mm", Assert.Single(badCell.Refusal!.Fields).Field);
        Assert.True(saved.Succeeded, saved.ToString());
        Assert.Equal(40m, grid.Stored["M1"].DiameterMm);
    }

    [Fact]
    public async Task Who_may_open_and_save_the_grid_follows_the_matrix_centre_and_blinding()
    {
        using var study = new PatientStudy();
        var scope = study.Scope();
        var grid = (await scope.Get<OpenLesionGrid>().RunAsync(PatientStudy.Coordinator, "P1", "R1", Cancellation)).Value;

        var reviewerSave = await scope.Get<SaveLesionGrid>().RunAsync(PatientStudy.Reviewer, grid, With(grid, "M1:diameter_mm", "1"), "x", Cancellation);
        var otherCentre = await scope.Get<OpenLesionGrid>().RunAsync(PatientStudy.OtherInvestigator, "P1", "R1", Cancellation);
        var centralRead = await scope.Get<OpenLesionGrid>().RunAsync(PatientStudy.Investigator, "P1", "X1", Cancellation);
        var reviewerGrid = await scope.Get<OpenLesionGrid>().RunAsync(PatientStudy.Reviewer, "P1", "R1", Cancellation);

        Assert.Equal(RefusalKind.Forbidden, reviewerSave.Refusal?.Kind);
        Assert.Equal("Patient P1 has no read R1 you may see.", otherCentre.Refusal?.Message);
        Assert.Equal(RefusalKind.NotFound, centralRead.Refusal?.Kind);
        Assert.False(reviewerGrid.Value.CanWrite);
        using var db = study.Check();
        Assert.Equal(40m, db.Measurements.Single().DiameterMm);
    }
}
