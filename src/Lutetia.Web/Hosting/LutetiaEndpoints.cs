using Lutetia.Storage;
using Lutetia.Web.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Lutetia.Web.Hosting;

/// <summary>The endpoints that are not pages: sign-out, the export downloads, a patient's audit trail as CSV and the lesion grid's save.</summary>
internal static class LutetiaEndpoints
{
    public static IEndpointRouteBuilder MapLutetiaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/logout", Logout).RequireAuthorization();
        endpoints.MapGet("/export/cohort.xlsx", (HttpContext http, Workflow.Export.ExportCohort export, string? center, bool? locked) =>
            CohortDownload.Write(http, export, center, locked ?? false, CohortDownload.Kind.Xlsx)).WithMetadata(new CrfPageAttribute(CrfSection.Export));
        endpoints.MapGet("/export/cohort.zip", (HttpContext http, Workflow.Export.ExportCohort export, string? center, bool? locked) =>
            CohortDownload.Write(http, export, center, locked ?? false, CohortDownload.Kind.CsvZip)).WithMetadata(new CrfPageAttribute(CrfSection.Export));
        endpoints.MapGet("/patients/{patientId}/audit.csv", AuditDownload.Write)
            .WithMetadata(new CrfPageAttribute(CrfSection.Audit));
        endpoints.MapPost("/patients/{patientId}/reads/{readId}/measurements", GridEndpoint.Save)
            .WithMetadata(new CrfPageAttribute(CrfSection.Imaging)).DisableAntiforgery();
        endpoints.MapWorkflowEndpoints();
        return endpoints;
    }

    /// <summary>
    /// Sign-out is a POST with the antiforgery token (a link or an image elsewhere cannot sign anyone out).
    /// It changes the account's security stamp, so every session of the account ends, a copy of this
    /// cookie included (the session is checked against the database on every request; <see cref="SessionChecks"/>).
    /// </summary>
    private static async Task<IResult> Logout(HttpContext http, IAntiforgery antiforgery, SignInManager<LutetiaUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            return Results.BadRequest("The sign-out form is out of date: reload the page and sign out again.");
        if (await signIn.UserManager.GetUserAsync(http.User).ConfigureAwait(false) is { } user)
            await signIn.UserManager.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        await signIn.SignOutAsync().ConfigureAwait(false);
        return Results.Redirect("/login?signedOut=1");
    }
}
