using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lutetia.Storage;

/// <summary>For <c>dotnet ef migrations add … --context PostgresLutetiaDbContext</c> (docs/storage.md): no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLutetiaDbContext>
{
    public PostgresLutetiaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLutetiaDbContext>().UseNpgsql("Host=localhost;Database=lutetia_design").Options);
}
