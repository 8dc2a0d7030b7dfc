using System.Globalization;
using System.Text;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Audit;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// <c>GET /patients/{patient}/audit.csv</c>: one patient's audit trail as CSV (RFC 4180, UTF-8,
/// times in UTC ISO 8601), every column the page shows plus each entry's hashes, so an auditor can
/// keep it and compare it with <c>lutetia audit verify</c>. A text a spreadsheet would run as a
/// formula is written after an apostrophe (<see cref="CsvCell.EscapeForPeople"/>, docs/security.md).
/// </summary>
internal static class AuditDownload
{
    private static readonly string[] Header =
        ["id", "at_utc", "user", "action", "table", "row", "patient_id", "field", "old_value", "new_value", "reason", "previous_hash", "hash"];

    /// <summary>The entries the account may see (<see cref="PatientAuditTrail"/>: not those of a read hidden from it).</summary>
    public static async Task<IResult> Write(HttpContext http, PatientAuditTrail trail, string patientId)
    {
        var entries = await trail.RunAsync(Lutetia.Workflow.Access.Account.Of(http.User)!, patientId, http.RequestAborted).ConfigureAwait(false);
        if (!entries.TryGetValue(out var visible))
            return entries.Refusal!.Kind == RefusalKind.Forbidden ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.NotFound();
        var text = new StringBuilder();
        text.AppendJoin(',', Header).Append('\n');
        foreach (var e in visible)
        {
            string?[] cells =
            [
                e.Id.ToString(CultureInfo.InvariantCulture), e.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                e.User, AuditValues.Code(e.Action), e.Entity, e.EntityKey, e.PatientId, e.Field, e.OldValue, e.NewValue, e.Reason,
                e.PreviousHash, e.Hash,
            ];
            text.AppendJoin(',', cells.Select(CsvCell.EscapeForPeople)).Append('\n');
        }
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"audit-{patientId}.csv");
    }
}
