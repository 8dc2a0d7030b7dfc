using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lutetia.Storage;

/// <summary>For <c>dotnet ef migrations add … --context SqliteLutetiaDbContext</c> (docs/storage.md): no database is opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLutetiaDbContext>
{
    public SqliteLutetiaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLutetiaDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
