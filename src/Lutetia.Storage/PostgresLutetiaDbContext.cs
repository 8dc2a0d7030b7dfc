using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>The Lutetia database on a PostgreSQL server; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresLutetiaDbContext(DbContextOptions<PostgresLutetiaDbContext> options) : LutetiaDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
