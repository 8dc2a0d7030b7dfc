using Lutetia.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Hosting;

/// <summary>
/// Opens the database for a request or an interactive form, in the name of the signed-in user, so
/// that every change the audit trail records carries who made it; with the application layer's
/// <see cref="ISavedDataObserver"/> attached, so that every save of the web application — forms,
/// lesion grid, workflow steps, import — refreshes the data-quality issues of the patients it touched.
/// </summary>
public sealed class LutetiaDatabaseFactory(LutetiaConnection connection, TimeProvider? clock = null, ISavedDataObserver? observer = null)
{
    public LutetiaConnection Connection { get; } = connection;

    /// <summary>A context in the name of <paramref name="userName"/> (the caller disposes it).</summary>
    public LutetiaDbContext Open(string userName)
    {
        var db = LutetiaDatabase.Open(Connection, userName, clock);
        db.SavedDataObserver = observer;
        return db;
    }

    /// <summary>The request's context: the signed-in user's name, <c>web:anonymous</c> before sign-in.</summary>
    internal LutetiaDbContext ForRequest(IServiceProvider services)
    {
        var user = services.GetService<IHttpContextAccessor>()?.HttpContext?.User.Identity;
        return Open(user is { IsAuthenticated: true, Name: { } name } ? name : "web:anonymous");
    }
}
