using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Lutetia.Web.Tests;

/// <summary>
/// The test server has no network: this first middleware (tests only) gives each request the client
/// address its <see cref="WebClient"/> sends in <see cref="Header"/>, as Kestrel would from the socket.
/// </summary>
public sealed class ClientAddressFilter : IStartupFilter
{
    public const string Header = "X-Lutetia-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
