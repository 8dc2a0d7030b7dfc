using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Lutetia.Web.Hosting;

/// <summary>
/// Kestrel's HTTPS (docs/deploy.md, nginx and the certificate): the https:// addresses present <see cref="WebSettings.Certificate"/>,
/// TLS 1.2 or 1.3 only (Kestrel's default protocols). The certificate was checked when the settings
/// were read (<see cref="ServeConfiguration"/>); one that became unreadable since stops the start.
/// </summary>
internal static class KestrelSetup
{
    public static void Configure(KestrelServerOptions kestrel, WebSettings settings)
    {
        kestrel.AddServerHeader = false;
        if (settings.Certificate is not { } file)
            return;
        var certificate = file.TryLoad(out var problem) ?? throw new InvalidOperationException(problem);
        kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate);
    }
}
