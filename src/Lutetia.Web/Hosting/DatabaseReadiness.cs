using System.Data.Common;
using Lutetia.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lutetia.Web.Hosting;

/// <summary>
/// <c>/health/ready</c>'s check: the database answers and its schema is this program's (no migration
/// missing, none unknown). Its description names no server, file or error text: the endpoint is anonymous.
/// </summary>
internal sealed class DatabaseReadiness(WebSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = LutetiaDatabase.Open(settings.Database, "web:health");
            if (!await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
                return HealthCheckResult.Unhealthy("database unreachable");
            var schema = SchemaState.Of(db);
            return schema.Current
                ? HealthCheckResult.Healthy("database reachable, schema current")
                : HealthCheckResult.Unhealthy(schema.Unknown.Count > 0 ? "database newer than this program" : "migrations not applied");
        }
        catch (Exception e) when (e is DbException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
