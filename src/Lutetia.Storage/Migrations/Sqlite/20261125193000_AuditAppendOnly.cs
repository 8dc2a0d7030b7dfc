using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lutetia.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: the database itself keeps the audit trail append-only (triggers abort any
    /// UPDATE or DELETE of an entry), and the chain head never moves back nor disappears.
    /// </summary>
    [DbContext(typeof(SqliteLutetiaDbContext))]
    [Migration("20261125193000_AuditAppendOnly")]
    public partial class AuditAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: an audit entry is never updated'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: an audit entry is never deleted'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE ON audit_chain_head
                WHEN NEW.last_entry_id < OLD.last_entry_id OR NEW.id <> OLD.id
                BEGIN SELECT RAISE(ABORT, 'audit_chain_head only moves forward'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
                BEGIN SELECT RAISE(ABORT, 'audit_chain_head is never deleted'); END;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_chain_head_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_chain_head_forward;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_update;");
        }
    }
}
