using Lutetia.Storage;
using Lutetia.Web.Forms;

namespace Lutetia.Web.Tests;

/// <summary>The lesion grid's logic without a browser: live verdicts from the criteria library, the format's messages, audited saves.</summary>
public sealed class LesionGridModelTests
{
    private static async Task<(LutetiaAppFactory App, LesionGridModel Grid, LutetiaDbContext Db)> Open(string read)
    {
        var app = await LutetiaAppFactory.StartAsync(DatabaseProvider.Sqlite);
        var db = app.OpenDatabase("grid@lutetia.test");
        var grid = new LesionGridModel();
        Assert.True(await grid.LoadAsync(db, WebCohort.OwnPatient, read, TestContext.Current.CancellationToken));
        return (app, grid, db);
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
            Assert.Equal(new GridSave(GridSaveOutcome.InvalidCells, "Nothing was saved: correct the cells marked in red."), await grid.SaveAsync(db, "re-measured", TestContext.Current.CancellationToken));
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
            Assert.Equal(GridSaveOutcome.ReasonRequired, (await grid.SaveAsync(db, null, TestContext.Current.CancellationToken)).Outcome);
            Assert.Equal(GridSave.Saved, await grid.SaveAsync(db, "re-measured on the source images", TestContext.Current.CancellationToken));
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
            using var otherDb = app.OpenDatabase("other@lutetia.test");
            var second = new LesionGridModel();
            Assert.True(await second.LoadAsync(otherDb, WebCohort.OwnPatient, "R2", TestContext.Current.CancellationToken));
            first.Set("M1", "diameter_mm", "31");
            Assert.Equal(GridSave.Saved, await first.SaveAsync(db, "first reader", TestContext.Current.CancellationToken));
            second.Set("M1", "diameter_mm", "33");
            var conflict = await second.SaveAsync(otherDb, "second reader", TestContext.Current.CancellationToken);
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
