using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Storage;

/// <summary>
/// Registration for the web application: <see cref="LutetiaDbContext"/> resolves to the context of
/// the database the connection names (scoped, one per request), so Identity's stores
/// (<c>AddEntityFrameworkStores&lt;LutetiaDbContext&gt;()</c>) and the pages share one type.
/// The request sets <see cref="LutetiaDbContext.CurrentUser"/> (and a reason) before saving.
/// </summary>
public static class LutetiaServices
{
    public static IServiceCollection AddLutetiaDatabase(this IServiceCollection services, LutetiaConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<LutetiaDbContext, SqliteLutetiaDbContext>(o => o.UseSqlite(connection.ConnectionString)),
            DatabaseProvider.Postgres => services.AddDbContext<LutetiaDbContext, PostgresLutetiaDbContext>(o => o.UseNpgsql(connection.ConnectionString)),
            _ => throw new ArgumentOutOfRangeException(nameof(connection), connection.Provider, "unknown database provider"),
        };
    }
}
