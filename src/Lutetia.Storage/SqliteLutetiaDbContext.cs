using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>The Lutetia database in a SQLite file; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteLutetiaDbContext(DbContextOptions<SqliteLutetiaDbContext> options) : LutetiaDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HaveConversion<DecimalTextConverter>();
    }
}
