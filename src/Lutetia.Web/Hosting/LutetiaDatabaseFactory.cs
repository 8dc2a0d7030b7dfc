using Lutetia.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Hosting;

/// <summary>
/// Opens the database for a request or an interactive form, in the name of the signed-in user, so
/// that every change the audit trail records carries who made it.
/// </summary>
public sealed class LutetiaDatabaseFactory(LutetiaConnection connection, TimeProvider? clock = null)
{
    public LutetiaConnection Connection { get; } = connection;

    /// <summary>A context in the name of <paramref name="userName"/> (the caller disposes it).</summary>
    public LutetiaDbContext Open(string userName) => LutetiaDatabase.Open(Connection, userName, clock);

    /// <summary>The request's context: the signed-in user's name, <c>web:anonymous</c> before sign-in.</summary>
    internal LutetiaDbContext ForRequest(IServiceProvider services)
    {
        var user = services.GetService<IHttpContextAccessor>()?.HttpContext?.User.Identity;
        return Open(user is { IsAuthenticated: true, Name: { } name } ? name : "web:anonymous");
    }
}
