using Lutetia.Storage;
using Lutetia.Web.Access;
using Lutetia.Web.Components;
using Lutetia.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lutetia.Web;

/// <summary>
/// The multicentre web application (docs/web.md): Identity cookie sign-in, role-and-centre
/// authorization on every page and endpoint, the case report forms, import and export.
/// <see cref="CreateHostBuilder"/> is what <c>lutetia serve</c> runs and what the tests host.
/// </summary>
public static class LutetiaWeb
{
    /// <summary>The host of the application on <paramref name="settings"/>; the database is migrated when it starts.</summary>
    public static IHostBuilder CreateHostBuilder(WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Host.CreateDefaultBuilder()
            .ConfigureLogging(logging =>
            {
                if (settings.QuietLogs)
                    logging.ClearProviders();
                LogSetup.Configure(logging, settings);
            })
            .ConfigureWebHostDefaults(web => web
                .UseSetting(WebHostDefaults.ApplicationKey, typeof(LutetiaWeb).Assembly.GetName().Name)
                .UseSetting(WebHostDefaults.StaticWebAssetsKey, StaticAssetsManifest())
                .UseStaticWebAssets()
                .UseContentRoot(AppContext.BaseDirectory)
                .UseUrls(settings.Urls)
                .ConfigureKestrel(kestrel => KestrelSetup.Configure(kestrel, settings))
                .ConfigureServices(services => ConfigureServices(services, settings))
                .Configure(Configure));
    }

    /// <summary>Migrates the database (creating it when new) before the application takes requests.</summary>
    public static void Migrate(WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var db = LutetiaDatabase.OpenMigrated(settings.Database, "web:startup");
    }

    private static string StaticAssetsManifest() =>
        Path.Combine(AppContext.BaseDirectory, typeof(LutetiaWeb).Assembly.GetName().Name + ".staticwebassets.runtime.json");

    private static void ConfigureServices(IServiceCollection services, WebSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(sp => new LutetiaDatabaseFactory(settings.Database, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ISavedDataObserver>()));
        services.AddHttpContextAccessor();
        services.AddScoped(sp => sp.GetRequiredService<LutetiaDatabaseFactory>().ForRequest(sp));
        services.TryAddSingleton(TimeProvider.System);
        services.AddLutetiaWorkflow(settings.TimeZone); // the study clock's "today" in the study's time zone
        services.AddLutetiaDataProtection(settings.Database);
        services.AddLutetiaIdentity(settings);
        services.AddLutetiaAccounts();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignIn>();
        services.AddLutetiaAuthorization();
        services.AddAntiforgery();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddProblemDetails();
        services.AddHostedService<TemporaryFolders>();
        services.AddLutetiaProxyAndHttps(settings);
        services.AddLutetiaHealth();
    }

    private static void Configure(IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<WebSettings>();
        app.UseLutetiaProxyAndHttps(settings);
        if (settings.JsonLogs)
            app.UseMiddleware<RequestLog>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NoStoreMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = FailurePage.WriteAsync });
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseMiddleware<RefusedWriteMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AccountObligationsMiddleware>();
        app.UseMiddleware<PatientAccessMiddleware>();
        app.UseAntiforgery();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapStaticAssets(StaticEndpointsManifest()).AllowAnonymous();
            endpoints.MapLutetiaHealth();
            endpoints.MapLutetiaEndpoints();
            endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        });
    }

    private static string StaticEndpointsManifest() =>
        Path.Combine(AppContext.BaseDirectory, typeof(LutetiaWeb).Assembly.GetName().Name + ".staticwebassets.endpoints.json");

    /// <summary>
    /// The manifest of the pages' static files (styles, Blazor's script) next to lutetia: a build of
    /// the repository writes it (pointing into the source folders), and so does <c>dotnet publish</c>
    /// and the packed tool (with the files in wwwroot/, so that it installs as one folder). Null when it is there, else what to do.
    /// </summary>
    public static string? MissingStaticFiles() => File.Exists(StaticEndpointsManifest())
        ? null
        : $"the web application's static files are not next to this program ({Path.GetFileName(StaticEndpointsManifest())} is missing): " +
          "install Lutetia from the output of dotnet publish src/Lutetia.Cli -c Release -o FOLDER (or the packed tool), copied whole, wwwroot/ included.";

    /// <summary>Runs the application until it is stopped (Ctrl+C), after telling the operator where it listens.</summary>
    public static async Task RunAsync(WebSettings settings, TextWriter output, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        Migrate(settings);
        using var host = CreateHostBuilder(settings).Build();
        await host.StartAsync(cancellation).ConfigureAwait(false);
        foreach (var address in ServerAddresses.Of(host))
            await output.WriteLineAsync($"Lutetia listens on {address} ({settings.Database})").ConfigureAwait(false);
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LutetiaDbContext>();
            if (UserAccounts.FirstRunMessage(db, settings.DbArgument) is { } firstRun)
                await output.WriteLineAsync(firstRun).ConfigureAwait(false);
        }
        await host.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
    }
}
