using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lutetia.Storage;

/// <summary>Runs <see cref="StoredText.Check"/> before every save of a <see cref="LutetiaDbContext"/>, ahead of the audit trail.</summary>
public sealed class StoredTextInterceptor : SaveChangesInterceptor
{
    /// <summary>Stateless: one instance serves every context.</summary>
    public static readonly StoredTextInterceptor Instance = new();

    private StoredTextInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is LutetiaDbContext db)
            StoredText.Check(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is LutetiaDbContext db)
            StoredText.Check(db);
        return ValueTask.FromResult(result);
    }
}
