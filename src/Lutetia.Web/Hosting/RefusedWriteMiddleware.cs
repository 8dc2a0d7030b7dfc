using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// A refused POST (or other write) gets a one-line explanation as plain text. The status pages
/// re-execute a GET page, which cannot answer a write request (Blazor would refuse the POST), so a
/// write answered 400–599 without a body is explained here instead.
/// </summary>
public sealed class RefusedWriteMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await next(context).ConfigureAwait(false);
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || context.Response.HasStarted
            || context.Response.StatusCode < 400 || context.Response.ContentLength > 0 || context.Response.ContentType is not null)
            return;
        var text = context.Response.StatusCode switch
        {
            400 => "The request could not be read: the form was out of date or incomplete. Reload the page and enter the data again.",
            401 => "Sign in first.",
            403 => "Your role does not allow this change.",
            404 => "There is no such patient or read among those you may see.",
            _ => "Lutetia could not do this. Nothing was saved.",
        };
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted).ConfigureAwait(false);
    }
}
