using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// What a download answers when its use case refuses: 404 for what the account may not reach or that
/// does not exist (an investigator's request for another centre looks like an unknown one), 403
/// for a role the matrix does not allow, else 400 with the sentence.
/// </summary>
internal static class DownloadRefusal
{
    public static IResult Of(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.NotFound => Results.NotFound(),
        RefusalKind.Forbidden => Results.StatusCode(StatusCodes.Status403Forbidden),
        _ => Results.BadRequest(refusal.Sentence),
    };
}
