using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lutetia.Web.Hosting;

/// <summary>The addresses a started host listens on (the real port when it was asked for port 0).</summary>
public static class ServerAddresses
{
    public static IReadOnlyList<string> Of(IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var feature = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return feature?.Addresses.ToList() ?? [];
    }
}
