using Lutetia.Web.Access;
using Lutetia.Web.Forms;
using Lutetia.Workflow.Imaging;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// <c>POST /patients/{patient}/reads/{read}/measurements</c>: the lesion grid's save without the
/// browser (imaging software, the load test), with the same use cases, checks and audit as the page.
/// The access middleware has checked role and centre (the use cases check again); the antiforgery
/// token travels in the <c>RequestVerificationToken</c> header, as for any request a browser could
/// be tricked into sending. Answers 200 with the verdict, 422 with the field messages or the missing
/// reason, 409 with the other person's change.
/// </summary>
internal static class GridEndpoint
{
    public static async Task<IResult> Save(HttpContext http, IAntiforgery antiforgery, OpenLesionGrid open, SaveLesionGrid save,
        string patientId, string readId, GridSaveRequest request)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            return Results.BadRequest(new { problem = "The antiforgery token is missing or out of date: load a page of Lutetia and send its token in the RequestVerificationToken header." });
        var account = Account.Of(http.User)!;
        if (!(await open.RunAsync(account, patientId, readId, http.RequestAborted).ConfigureAwait(false)).TryGetValue(out var opened))
            return Results.NotFound();
        var grid = LesionGridModel.Of(opened);
        foreach (var (cell, value) in request.Cells ?? new Dictionary<string, string?>())
        {
            var parts = cell.Split(':', 2);
            if (parts.Length != 2 || !grid.Values.ContainsKey(cell))
                return Results.UnprocessableEntity(new
                {
                    problem = $"\"{cell}\" is not a cell of read {readId}: name it LESION:column, with a lesion of the patient and one of " +
                              string.Join(", ", grid.Columns.Select(c => c.Name)),
                });
            grid.Set(parts[0], parts[1], value);
        }
        var saved = GridSave.Of(await save.RunAsync(account, opened, grid.Values, request.Reason, http.RequestAborted).ConfigureAwait(false));
        if (saved.Outcome == GridSaveOutcome.Saved)
        {
            var verdict = grid.Verdict();
            return Results.Ok(new { saved = true, mmChangePercent = verdict.MmChangePercent, mmCategory = verdict.MmCategory, recistCategory = verdict.RecistCategory });
        }
        var body = new { problem = saved.Problem, issues = grid.Issues };
        return saved.Outcome == GridSaveOutcome.Conflict ? Results.Conflict(body) : Results.UnprocessableEntity(body);
    }
}
