using Lutetia.Storage;
using Lutetia.Web.Forms;
using Lutetia.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Imaging;

namespace Lutetia.Web.Tests;

/// <summary>
/// The lesion grid's logic without a browser: live verdicts from the criteria library, the format's
/// messages, audited saves — the page's model over the use cases that open and save it.
/// </summary>
public sealed class LesionGridModelTests
{
    /// <summary>The use cases over one database opened in <paramref name="user"/>'s name, acting as that account (a coordinator).</summary>
    private sealed class Reader(LutetiaDbContext db, string user) : IDisposable
    {
        private readonly WorkflowScope _scope = WorkflowScope.Over(db);
        private readonly Account _account = new(user, LutetiaRole.Coordinator, null);

        public async Task<LesionGridModel> OpenAsync(string read)
        {
            var opened = await _scope.Get<OpenLesionGrid>().RunAsync(_account, WebCohort.OwnPatient, read, TestContext.Current.CancellationToken);
            Assert.True(opened.Succeeded, opened.ToString());
            return LesionGridModel.Of(opened.Value);
        }

        public async Task<GridSave> SaveAsync(LesionGridModel grid, string? reason) =>
            GridSave.Of(await _scope.Get<SaveLesionGrid>().RunAsync(_account, grid.Opened, grid.Values, reason, TestContext.Current.CancellationToken));

        public void Dispose()
        {
            _scope.Dispose();
            db.Dispose();
        }
    }

    private static async Task<(LutetiaAppFactory App, LesionGridModel Grid, Reader Db)> Open(string read)
    {
        var app = await LutetiaAppFactory.StartAsync(DatabaseProvider.Sqlite);
        var db = new Reader(app.OpenDatabase("grid@lutetia.test"), "grid@lutetia.test");
        return (app, await db.OpenAsync(read), db);
    }

    [Fact]
    public async Task Typing_a_short_axis_gives_the_MM_change_and_category_at_once()
    {
        var (app, grid, db) = await Open("R2");
        await using (app)
        using (db)
        {
            Assert.Equal("R1", grid.BaselineRead?.ReadId);
            Assert.Equal("40 mm", grid.AtBaseline("M1"));
            var stored = grid.Verdict();
            Assert.Equal("SD", stored.MmCategory);
            Assert.Equal(-10m, stored.MmChangePercent);
            grid.Set("M1", "diameter_mm", "26");
            var typed = grid.Verdict();
            Assert.Equal("PR", typed.MmCategory);
            Assert.Equal(-35m, typed.MmChangePercent);
            Assert.StartsWith("pr: short axis 26 mm", typed.MmExplanation, StringComparison.Ordinal);
            Assert.Equal("PR", typed.RecistCategory);
            Assert.False(string.IsNullOrWhiteSpace(typed.RecistExplanation));
        }
    }

    [Fact]
    public async Task A_value_the_format_refuses_gets_its_message_and_saves_nothing()
    {
        var (app, grid, db) = await Open("R2");
        await using (app)
        using (db)
        {
            grid.Set("M1", "diameter_mm", "26,5");
            Assert.Contains("not a number", grid.Issues[LesionGridModel.Cell("M1", "diameter_mm")], StringComparison.Ordinal);
            Assert.Equal("NE", grid.Verdict().MmCategory);
            Assert.Equal(new GridSave(GridSaveOutcome.InvalidCells, "Nothing was saved: correct the cells marked in red."), await db.SaveAsync(grid, "re-measured"));
        }
    }

    [Fact]
    public async Task Changing_a_saved_measurement_needs_a_reason_and_is_audited()
    {
        var (app, grid, db) = await Open("R2");
        await using (app)
        using (db)
        {
            grid.Set("M1", "diameter_mm", "30");
            Assert.Equal(GridSaveOutcome.ReasonRequired, (await db.SaveAsync(grid, null)).Outcome);
            Assert.Equal(GridSave.Saved, await db.SaveAsync(grid, "re-measured on the source images"));
            using var check = app.OpenDatabase();
            Assert.Equal(30m, check.Measurements.Single(m => m.ReadId == "R2").DiameterMm);
            var entry = AuditTrail.ForPatient(check, WebCohort.OwnPatient)[^1];
            Assert.Equal(("diameter_mm", "36", "30", "re-measured on the source images", "grid@lutetia.test"),
                (entry.Field, entry.OldValue, entry.NewValue, entry.Reason, entry.User));
        }
    }

    [Fact]
    public async Task Two_readers_saving_the_same_grid_the_second_sees_the_first_ones_value_and_name()
    {
        var (app, first, db) = await Open("R2");
        await using (app)
        using (db)
        {
            using var otherDb = new Reader(app.OpenDatabase("other@lutetia.test"), "other@lutetia.test");
            var second = await otherDb.OpenAsync("R2");
            first.Set("M1", "diameter_mm", "31");
            Assert.Equal(GridSave.Saved, await db.SaveAsync(first, "first reader"));
            second.Set("M1", "diameter_mm", "33");
            var conflict = await otherDb.SaveAsync(second, "second reader");
            Assert.Equal(GridSaveOutcome.Conflict, conflict.Outcome);
            Assert.Contains("diameter_mm was changed by grid@lutetia.test", conflict.Problem, StringComparison.Ordinal);
            Assert.Contains("it is now \"31\"", conflict.Problem, StringComparison.Ordinal);
            using var check = app.OpenDatabase();
            Assert.Equal(31m, check.Measurements.Single(m => m.ReadId == "R2").DiameterMm);
        }
    }

    [Fact]
    public async Task The_baseline_read_says_that_categories_come_at_follow_up()
    {
        var (app, grid, db) = await Open("R1");
        await using (app)
        using (db)
        {
            Assert.Contains("baseline read", grid.Verdict().Note, StringComparison.Ordinal);
            Assert.Null(grid.BaselineRead);
            Assert.Equal(["diameter_mm", "too_small_to_measure", "non_target_status"], grid.Columns.Select(c => c.Name));
        }
    }
}
