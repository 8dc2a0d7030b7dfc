using Lutetia.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Access;

/// <summary>
/// The services the data-protection key repository opens the study database with: a context of its
/// own in the name of <see cref="AuditUser"/>, so that the audit trail says who added a key and the
/// request's context (in the name of the signed-in user) is never the one that saves it.
/// </summary>
internal sealed class DataProtectionKeyStore(LutetiaConnection database) : IDisposable
{
    public const string AuditUser = "web:data-protection";

    public ServiceProvider Services { get; } = new ServiceCollection()
        .AddScoped(_ => LutetiaDatabase.Open(database, AuditUser))
        .BuildServiceProvider();

    public void Dispose() => Services.Dispose();
}
