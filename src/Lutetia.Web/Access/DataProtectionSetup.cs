using Lutetia.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lutetia.Web.Access;

/// <summary>
/// The keys that protect the sign-in cookie and the antiforgery tokens live in the
/// study database (table data_protection_keys), not in the home folder. Every instance of one
/// install (one database) reads the others' cookies; an install on another database has other keys
/// and cannot. The application name is fixed, so the folder Lutetia runs from does not matter.
/// </summary>
internal static class DataProtectionSetup
{
    public const string ApplicationName = "Lutetia";

    public static IServiceCollection AddLutetiaDataProtection(this IServiceCollection services, LutetiaConnection database)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton(_ => new DataProtectionKeyStore(database));
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeyStore, ILoggerFactory>((options, store, logs) =>
            options.XmlRepository = new EntityFrameworkCoreXmlRepository<LutetiaDbContext>(store.Services, logs));
        return services;
    }
}
