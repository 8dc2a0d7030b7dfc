using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lutetia.Workflow;

/// <summary>Registers the application layer: every use case (scoped, like the study's DbContext it works on) and the study's clock.</summary>
public static class WorkflowServices
{
    /// <summary>
    /// Adds every <see cref="IUseCase"/> of this assembly and the <see cref="StudyClock"/> (the host's
    /// <see cref="TimeProvider"/>, <see cref="TimeProvider.System"/> when it registers none, and the
    /// study's time zone, UTC when null), the <see cref="Analysis.StudyProtocol"/> (the published
    /// parameters unless the host registered one first) and the data-quality observer
    /// (<see cref="Lutetia.Storage.ISavedDataObserver"/>, which the host attaches to every context it
    /// opens). The host registers the scoped <c>LutetiaDbContext</c>.
    /// </summary>
    public static IServiceCollection AddLutetiaWorkflow(this IServiceCollection services, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new StudyClock(sp.GetRequiredService<TimeProvider>(), zone ?? TimeZoneInfo.Utc));
        // The protocol is the host's (a protocol file when it has one): the published parameters otherwise.
        services.TryAddSingleton(Analysis.StudyProtocol.Published);
        // The analyses, computed once per data version, protocol and scope: one cache per process.
        services.TryAddSingleton<Analysis.AnalysisCache>();
        // Every save refreshes its patients' data-quality issues: the hosts attach this to each context they open.
        services.TryAddSingleton<Lutetia.Storage.ISavedDataObserver, DataQuality.DataQualityObserver>();
        foreach (var type in UseCaseTypes)
            services.TryAddScoped(type);
        return services;
    }

    /// <summary>Every use case of the layer.</summary>
    public static IReadOnlyList<Type> UseCaseTypes { get; } =
        [.. typeof(WorkflowServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IUseCase).IsAssignableFrom(t))];
}
