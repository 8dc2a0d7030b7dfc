using Lutetia.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lutetia.Workflow;

/// <summary>
/// The use cases over one open database, for a command of the command line (the web application
/// gets its own from its host): <c>using var scope = WorkflowScope.Over(db); await scope.Get&lt;ImportCohort&gt;().RunAsync(…);</c>.
/// The database's clock (<see cref="LutetiaDbContext.Clock"/>) is the study clock's time.
/// </summary>
public sealed class WorkflowScope : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;

    private WorkflowScope(ServiceProvider services)
    {
        _services = services;
        _scope = services.CreateScope();
    }

    /// <summary>
    /// Use cases working on <paramref name="db"/> (which the caller keeps and disposes); every save on
    /// it from now on refreshes the data-quality issues of the patients it touched.
    /// </summary>
    public static WorkflowScope Over(LutetiaDbContext db, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var services = new ServiceCollection();
        services.AddSingleton(db.Clock);
        services.AddSingleton(db); // an instance given is not disposed by the container: the caller owns it
        services.AddLutetiaWorkflow(zone);
        // Identity's user manager on the same context: the account use cases and the signature of a lock.
        services.TryAddScoped(_ => UserAccounts.Manager(db));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        db.SavedDataObserver ??= provider.GetRequiredService<ISavedDataObserver>();
        return new WorkflowScope(provider);
    }

    /// <summary>
    /// Use cases that need no database — checking a cohort file before a database is opened or
    /// created (<c>lutetia import</c>), in the study's time zone. Asking this scope for a use case
    /// that works on the database is a programmer's error (the container says which service is missing).
    /// </summary>
    public static WorkflowScope WithoutDatabase(StudyClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddLutetiaWorkflow(clock.Zone);
        // Not validated on build: the use cases that take a database context cannot be built here, and are not asked for.
        return new WorkflowScope(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    /// <summary>The use case (or the <see cref="StudyClock"/>) asked for.</summary>
    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }
}
