using Lutetia.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Access;

/// <summary>
/// Resource-based authorization of every page and endpoint marked <see cref="CrfPageAttribute"/>,
/// before it runs: nobody signed in → the sign-in page; a role the section refuses → 403; a patient
/// that does not exist or belongs to a centre the account does not see → 404 (an investigator
/// cannot even learn that another centre's pseudonym exists); so does a read that is not the patient's,
/// and a centre (<c>{centerId}</c>: the per-centre lists) that does not exist or is not the account's.
/// The <see cref="Blinding"/> is decided here too: a reviewer is refused (403) a section that shows the
/// reads of a patient with an exam in the review queue, and a read the account may not see (an
/// investigator's central read before release) is not found (404), as a read of another patient.
/// </summary>
public sealed class PatientAccessMiddleware(RequestDelegate next)
{
    public const string PatientRouteKey = "patientId";
    public const string ReadRouteKey = "readId";
    public const string CenterRouteKey = "centerId";

    public async Task InvokeAsync(HttpContext context, IAuthorizationService authorization, LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(db);
        if (context.GetEndpoint()?.Metadata.GetMetadata<CrfPageAttribute>() is not { } page)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        if (Account.Of(context.User) is null)
        {
            await context.ChallengeAsync().ConfigureAwait(false);
            return;
        }
        var reads = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var access = reads && page.Least == CrfAccess.Read ? CrfAccess.Read : CrfAccess.Write;
        var requirement = new CrfRequirement(page.Section, access);
        if (!(await authorization.AuthorizeAsync(context.User, null, requirement).ConfigureAwait(false)).Succeeded)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var routeCenter = context.GetRouteValue(CenterRouteKey) as string;
        if (routeCenter is { } centerId
            && (!await db.Centers.AsNoTracking().AnyAsync(c => c.CenterId == centerId, context.RequestAborted).ConfigureAwait(false)
                || !(await authorization.AuthorizeAsync(context.User, new CenterResource(centerId), requirement).ConfigureAwait(false)).Succeeded))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (context.GetRouteValue(PatientRouteKey) is string patientId)
        {
            var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId)
                .Select(p => p.CenterId).FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false);
            if (center is null
                || !(await authorization.AuthorizeAsync(context.User, new CenterResource(center), requirement).ConfigureAwait(false)).Succeeded)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var readId = context.GetRouteValue(ReadRouteKey) as string;
            if (readId is not null
                && !await db.Reads.AsNoTracking().AnyAsync(r => r.ReadId == readId && r.PatientId == patientId, context.RequestAborted).ConfigureAwait(false))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var blinding = await BlindingAsync(context, db, center).ConfigureAwait(false);
            if (blinding.Refuses(page.Section, patientId))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            if (readId is not null && blinding.HidesRead(patientId, readId))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        else
        {
            await BlindingAsync(context, db, routeCenter).ConfigureAwait(false);
        }
        await next(context).ConfigureAwait(false);
    }

    /// <summary>The request's <see cref="Blinding"/>, for the pages and endpoints to filter with: a reviewer's, of the route's centre.</summary>
    private static async Task<Blinding> BlindingAsync(HttpContext context, LutetiaDbContext db, string? center)
    {
        var blinding = await Blinding.ForAsync(db, Account.Of(context.User)!, center, context.RequestAborted).ConfigureAwait(false);
        blinding.Attach(context);
        return blinding;
    }
}
