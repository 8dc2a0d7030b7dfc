using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Hosting;

/// <summary>
/// For the reverse proxy or an orchestrator (docs/deploy.md, Health and logs), anonymous, answering only
/// Healthy/Unhealthy (200/503), never a patient's data nor the database's address:
/// <c>/health/live</c> — the process answers; <c>/health/ready</c> — it can serve, the database is
/// reachable and its migrations are applied (<see cref="DatabaseReadiness"/>).
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddLutetiaHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapLutetiaHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}
